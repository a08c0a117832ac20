// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/entrydialog.h"
#include "log/logdocument.h"
#include "log/logexchange.h"
#include "log/logmodel.h"
#include "log/logview.h"
#include "mainwindow.h"
#include "roadmap/roadmapdocument.h"
#include "session.h"
#include "storage/entryrepository.h"
#include "support/clock.h"
#include "support/settings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

#include <functional>
#include <memory>

// The Log view through its real widgets on a real database: entries added, edited, split and deleted
// through its dialogs and undone with Edit → Undo; the filters and their totals; the lazy model; CSV
// export and import with its preview. Europe/Berlin, "now" Wednesday 6 January 2027 at 20:00.
namespace {

const QTimeZone Berlin("Europe/Berlin");

class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2027, 1, 6), QTime(20, 0), Berlin); }
};

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2027, 1, day), QTime(hour, minute), Berlin);
}

// Runs `answer` on the next modal dialog once it is open.
void whenModal(const std::function<void(QDialog *)> &answer)
{
    QTimer::singleShot(0, [answer] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        answer(dialog);
    });
}

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok && ok->isEnabled());
    ok->click();
}

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addThroughTheDialog();
    void editNoteAndUndo();
    void splitInTwo();
    void deleteAndUndo();
    void filters_data();
    void filters();
    void modelLoadsLazily();
    void csvRoundTrip();
    void malformedCsvImportsNothing();

private:
    TimeEntry entry(int day, int fromHour, int toHour, const QString &stage, const QString &note) const;
    qint64 put(const TimeEntry &e);
    QList<TimeEntry> stored() const;
    void select(qint64 id);
    void undo();
    QString stage(int index) const { return m_session->document().roadmap().stages.at(index).key; }
    int roadmapId() const { return m_session->document().roadmapId(); }

    FixedClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    LogView *m_view = nullptr;
};

void TestLogView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_session = std::make_unique<Session>(*m_settings, m_clock);
    m_session->setTimeZone(Berlin);
    m_session->applyLanguage(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QString error;
    QVERIFY2(m_session->open(m_dir->filePath(QStringLiteral("db.sqlite")), &error), qPrintable(error));
    QVERIFY(m_session->document().roadmap().stages.size() >= 2);
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->resize(1300, 900);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *show = m_window->findChild<QAction *>(QStringLiteral("view_logView"));
    QVERIFY(show);
    show->trigger();
    m_view = m_window->findChild<LogView *>(QStringLiteral("logView"));
    QVERIFY(m_view && m_view->isVisible());
}

void TestLogView::cleanup()
{
    m_view = nullptr;
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_dir.reset();
}

TimeEntry TestLogView::entry(int day, int fromHour, int toHour, const QString &stageKey, const QString &note) const
{
    TimeEntry e;
    e.stageKey = stageKey;
    e.start = at(day, fromHour).toUTC();
    e.end = at(day, toHour).toUTC();
    e.offsetMinutes = 60;
    e.note = note;
    return e;
}

qint64 TestLogView::put(const TimeEntry &e)
{
    QString error;
    const std::optional<QList<qint64>> ids = m_session->entries().change(roadmapId(), {}, {e}, &error);
    return ids && ids->size() == 1 ? ids->constFirst() : 0;
}

QList<TimeEntry> TestLogView::stored() const
{
    QString error;
    return m_session->entries()
        .entries(roadmapId(), {}, 0, 100000, EntryRepository::Order::Ascending, &error)
        .value_or(QList<TimeEntry>());
}

void TestLogView::select(qint64 id)
{
    const int row = m_view->model()->rowOf(id);
    QVERIFY(row >= 0);
    m_view->table()->clearSelection();
    m_view->table()->selectRow(row);
}

void TestLogView::undo()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
}

void TestLogView::addThroughTheDialog()
{
    whenModal([](QDialog *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("entryDialog"));
        dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(QDate(2027, 1, 5));
        auto *start = dialog->findChild<QTimeEdit *>(QStringLiteral("startEdit"));
        auto *end = dialog->findChild<QTimeEdit *>(QStringLiteral("endEdit"));
        start->setTime(QTime(18, 30));
        end->setFocus();
        end->selectAll();
        QTest::keyClicks(end, QStringLiteral("20:15"));
        auto *stageCombo = dialog->findChild<QComboBox *>(QStringLiteral("stageCombo"));
        stageCombo->setCurrentIndex(1);
        auto *note = dialog->findChild<QLineEdit *>(QStringLiteral("noteEdit"));
        QTest::keyClicks(note, QStringLiteral("paper, \"quoted\" "));
        note->insert(QStringLiteral("读论文")); // typed through an input method

        clickOk(dialog);
    });
    m_view->findChild<QPushButton *>(QStringLiteral("addButton"))->click();

    const QList<TimeEntry> entries = stored();
    QCOMPARE(entries.size(), 1);
    const TimeEntry &e = entries.constFirst();
    QCOMPARE(e.start, at(5, 18, 30));
    QCOMPARE(*e.end, at(5, 20, 15));
    QCOMPARE(e.offsetMinutes, 60);
    QCOMPARE(e.stageKey, stage(1));
    QCOMPARE(e.note, QStringLiteral("paper, \"quoted\" 读论文"));
    QCOMPARE(e.source, TimeEntry::Source::Manual);

    LogModel *model = m_view->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, LogModel::NoteColumn).data().toString(), e.note);
    QCOMPARE(model->index(0, LogModel::DurationColumn).data().toString(), QStringLiteral("1:45"));
    QCOMPARE(model->index(0, LogModel::StartColumn).data().toString(), QStringLiteral("18:30"));
    QVERIFY(m_view->totalsLabel()->text().endsWith(QStringLiteral(", 1 h 45 min")));

    undo();
    QVERIFY(stored().isEmpty());
    QCOMPARE(model->rowCount(), 0);
}

void TestLogView::editNoteAndUndo()
{
    const qint64 id = put(entry(4, 9, 11, stage(0), QStringLiteral("first")));
    select(id);
    whenModal([](QDialog *dialog) {
        auto *note = dialog->findChild<QLineEdit *>(QStringLiteral("noteEdit"));
        QCOMPARE(note->text(), QStringLiteral("first"));
        note->selectAll();
        QTest::keyClicks(note, QStringLiteral("second"));
        clickOk(dialog);
    });
    m_view->findChild<QPushButton *>(QStringLiteral("editButton"))->click();
    QString error;
    QCOMPARE(m_session->entries().entry(id, &error)->note, QStringLiteral("second"));
    QCOMPARE(m_session->entries().entry(id, &error)->start, at(4, 9)); // the rest unchanged
    QCOMPARE(m_view->model()->index(0, LogModel::NoteColumn).data().toString(), QStringLiteral("second"));

    undo();
    QCOMPARE(m_session->entries().entry(id, &error)->note, QStringLiteral("first"));
    QCOMPARE(m_view->model()->index(0, LogModel::NoteColumn).data().toString(), QStringLiteral("first"));
}

void TestLogView::splitInTwo()
{
    const qint64 id = put(entry(4, 9, 11, stage(0), QStringLiteral("long")));
    select(id);
    whenModal([](QDialog *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("splitDialog"));
        clickOk(dialog); // at the proposed middle, 10:00
    });
    m_view->findChild<QPushButton *>(QStringLiteral("splitButton"))->click();
    const QList<TimeEntry> entries = stored();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).id, id);
    QCOMPARE(entries.at(0).start, at(4, 9));
    QCOMPARE(*entries.at(0).end, at(4, 10));
    QCOMPARE(entries.at(1).start, at(4, 10));
    QCOMPARE(*entries.at(1).end, at(4, 11));
    QCOMPARE(entries.at(1).note, QStringLiteral("long"));
    QCOMPARE(m_view->model()->rowCount(), 2);
    QCOMPARE(m_view->model()->index(0, 0).data(LogModel::OverlapRole),
             QVariant(false)); // touching ends do not overlap

    undo();
    QCOMPARE(stored().size(), 1);
    QCOMPARE(*stored().constFirst().end, at(4, 11));
}

void TestLogView::deleteAndUndo()
{
    const qint64 a = put(entry(4, 9, 11, stage(0), QStringLiteral("a")));
    const qint64 b = put(entry(4, 10, 12, stage(1), QStringLiteral("b"))); // overlaps a
    QCOMPARE(m_view->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QVERIFY(m_view->model()->index(row, 0).data(LogModel::OverlapRole).toBool());
    select(a);
    m_view->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().constFirst().id, b);
    QVERIFY(!m_view->model()->index(0, 0).data(LogModel::OverlapRole).toBool());

    undo();
    const QList<TimeEntry> entries = stored();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.constFirst().id, a);
    QCOMPARE(entries.constFirst().note, QStringLiteral("a"));
}

void TestLogView::filters_data()
{
    QTest::addColumn<bool>("range");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("stageIndex"); // in the combo: 0 all stages
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("totals");

    QTest::newRow("everything") << false << QDate() << QDate() << 0 << QString() << 4
                                << QStringLiteral("4 entries, 6 h 00 min");
    QTest::newRow("one day") << true << QDate(2027, 1, 4) << QDate(2027, 1, 4) << 0 << QString() << 2
                             << QStringLiteral("2 entries, 3 h 00 min");
    QTest::newRow("two days") << true << QDate(2027, 1, 4) << QDate(2027, 1, 5) << 0 << QString() << 3
                              << QStringLiteral("3 entries, 4 h 00 min");
    QTest::newRow("stage") << false << QDate() << QDate() << 2 << QString() << 2
                           << QStringLiteral("2 entries, 3 h 00 min");
    QTest::newRow("text, any case") << false << QDate() << QDate() << 0 << QStringLiteral("PAPER") << 2
                                    << QStringLiteral("2 entries, 3 h 00 min");
    QTest::newRow("all three") << true << QDate(2027, 1, 4) << QDate(2027, 1, 5) << 2 << QStringLiteral("paper") << 1
                               << QStringLiteral("1 entry, 1 h 00 min");
    QTest::newRow("nothing") << false << QDate() << QDate() << 0 << QStringLiteral("nowhere") << 0
                             << QStringLiteral("0 entries, 0 h 00 min");
}

void TestLogView::filters()
{
    QFETCH(bool, range);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, stageIndex);
    QFETCH(QString, text);
    QFETCH(int, rows);
    QFETCH(QString, totals);

    QString error;
    QVERIFY(m_session->entries()
                .change(roadmapId(), {},
                        {entry(4, 8, 10, stage(0), QStringLiteral("video")),
                         entry(4, 18, 19, stage(1), QStringLiteral("a paper")),
                         entry(5, 18, 19, stage(0), QStringLiteral("exercises")),
                         entry(6, 8, 10, stage(1), QStringLiteral("Paper again"))},
                        &error)
                .has_value());
    auto *rangeCheck = m_view->findChild<QCheckBox *>(QStringLiteral("rangeCheck"));
    if (range) {
        m_view->findChild<QDateEdit *>(QStringLiteral("fromEdit"))->setDate(from);
        m_view->findChild<QDateEdit *>(QStringLiteral("toEdit"))->setDate(to);
    }
    rangeCheck->setChecked(range);
    m_view->findChild<QComboBox *>(QStringLiteral("stageFilter"))->setCurrentIndex(stageIndex);
    QTest::keyClicks(m_view->findChild<QLineEdit *>(QStringLiteral("textFilter")), text);

    QCOMPARE(m_view->model()->rowCount(), rows);
    QCOMPARE(m_view->model()->totalCount(), rows);
    // "%n entry(s)" reads "1 entry" / "2 entries" once the English translation has its plural forms.
    const QString label = m_view->totalsLabel()->text();
    QVERIFY2(label.startsWith(totals.section(QLatin1Char(' '), 0, 0) + QStringLiteral(" entr")), qPrintable(label));
    QVERIFY2(label.endsWith(totals.section(QLatin1Char(','), 1)), qPrintable(label));
}

void TestLogView::modelLoadsLazily()
{
    QList<TimeEntry> many;
    for (int i = 0; i < 3000; ++i) {
        TimeEntry e = entry(1, 8, 9, stage(i % 2), QStringLiteral("n%1").arg(i));
        e.start = e.start.addDays(-i);
        e.end = e.end->addDays(-i);
        many.append(e);
    }
    QString error;
    QVERIFY2(m_session->entries().change(roadmapId(), {}, many, &error), qPrintable(error));

    // The view's model: reloaded on the change, one page, not 3000 rows.
    QCOMPARE(m_view->model()->totalCount(), 3000);
    QVERIFY(m_view->model()->rowCount() < 3000);

    LogModel model(m_session->entries());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRoadmap(roadmapId(), &m_session->document().roadmap());
    QCOMPARE(model.rowCount(), LogModel::PageSize);
    QCOMPARE(model.totalCount(), 3000);
    QVERIFY(model.canFetchMore(QModelIndex()));
    // Newest first: 1 January 2027, then one day earlier each row.
    QCOMPARE(model.entry(0).start, at(1, 8));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 2 * LogModel::PageSize);
    QCOMPARE(model.entry(LogModel::PageSize).start, at(1, 8).toUTC().addDays(-LogModel::PageSize));
    model.sort(LogModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), LogModel::PageSize);
    QCOMPARE(model.entry(0).start, at(1, 8).toUTC().addDays(-2999));
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 3000);
}

void TestLogView::csvRoundTrip()
{
    QList<TimeEntry> entries = {entry(4, 8, 10, stage(0), QStringLiteral("=SUM(A1), \"x\"\nline two")),
                                entry(5, 18, 19, stage(1), QStringLiteral("中文笔记")),
                                entry(9, 8, 9, stage(1), QStringLiteral("outside the range"))};
    entries[1].itemKey = m_session->document().roadmap().stages.at(1).sections.isEmpty()
                             ? QString()
                             : m_session->document().roadmap().stages.at(1).sections.constFirst().items.value(0).key;
    QString error;
    QVERIFY(m_session->entries().change(roadmapId(), {}, entries, &error).has_value());

    EntryRepository::Filter range;
    range.from = at(4, 0);
    range.to = at(6, 0);
    const QString path = m_dir->filePath(QStringLiteral("log.csv"));
    const std::optional<int> written = LogExchange::exportFile(m_view->document(), range, path, true, &error);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(*written, 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF"));

    // An empty log, then the file imported through its preview.
    QList<qint64> ids;
    for (const TimeEntry &e : stored())
        ids.append(e.id);
    QVERIFY(m_session->entries().change(roadmapId(), ids, {}, &error).has_value());
    QVERIFY(stored().isEmpty());
    whenModal([](QDialog *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("csvImportDialog"));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("previewTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
    });
    QString message;
    bool failed = true;
    QCOMPARE(LogExchange::importFile(m_view->document(), path, m_view, &message, &failed), 2);
    QVERIFY(!failed);
    const QList<TimeEntry> imported = stored();
    QCOMPARE(imported.size(), 2);
    for (int i = 0; i < 2; ++i) {
        TimeEntry expected = entries.at(i);
        expected.id = imported.at(i).id;
        expected.source = TimeEntry::Source::Import;
        QCOMPARE(imported.at(i), expected);
    }
    QCOMPARE(m_view->model()->rowCount(), 2);
    undo(); // the import is one step
    QVERIFY(stored().isEmpty());
}

void TestLogView::malformedCsvImportsNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("bad.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("start,end,stage,note\r\n"
                              "2027-01-04T08:00:00+01:00,2027-01-04T09:00:00+01:00,%1,good\r\n"
                              "2027-01-04T10:00:00+01:00,2027-01-04T09:00:00+01:00,%1,ends before\r\n"
                              "2027-01-04T10:00:00,2027-01-04T11:00:00+01:00,no-such-stage,x\r\n")
                   .arg(stage(0))
                   .toUtf8());
    file.close();
    QStringList reasons;
    whenModal([&reasons](QDialog *dialog) {
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("refusalTable"));
        QVERIFY(table);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("importButton")));
        for (int row = 0; row < table->rowCount(); ++row)
            reasons.append(table->item(row, 0)->text());
        dialog->reject();
    });
    QString message;
    bool failed = false;
    QCOMPARE(LogExchange::importFile(m_view->document(), path, m_view, &message, &failed), 0);
    QVERIFY(failed);
    QCOMPARE(reasons, QStringList({QStringLiteral("3"), QStringLiteral("4")}));
    QVERIFY(stored().isEmpty());
}

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
