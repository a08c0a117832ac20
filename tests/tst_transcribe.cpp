// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/messagebar.h"
#include "log/logdocument.h"
#include "mainwindow.h"
#include "roadmap/roadmapdocument.h"
#include "session.h"
#include "storage/availabilityrepository.h"
#include "storage/blockrepository.h"
#include "storage/entryrepository.h"
#include "support/clock.h"
#include "support/settings.h"
#include "timeline/plandocument.h"
#include "week/transcribedialog.h"
#include "week/weekdocument.h"
#include "week/weekview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>

// The "Transcribe Week" dialog through the Week view's action, on a real database: the week of
// Monday 4 January 2027 (Europe/Berlin, evenings 18:00–22:00) placed on its Monday morning and
// transcribed on the next Monday morning, with the mouse and with the keyboard alone. The entries and
// blocks are checked in the database, undone in one step; refused minutes write nothing.
namespace {

const QTimeZone Berlin("Europe/Berlin");
const QDate Monday(2027, 1, 4);

QDateTime at(int dayOffset, int hour, int minute = 0)
{
    return QDateTime(Monday.addDays(dayOffset), QTime(hour, minute), Berlin);
}

class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now = at(0, 8);
};

// Whether the dialog closed; else what its message bar says.
QString stillOpen(const QPointer<TranscribeDialog> &dialog)
{
    if (dialog.isNull() || !dialog->isVisible())
        return QString();
    return QStringLiteral("still open: ") + dialog->messageBar()->text();
}

} // namespace

class TestTranscribe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mouseTicksAndMinutesBecomeOneUndoStep();
    void keyboardGoesAlongTheRows();
    void refusedMinutesWriteNothing_data();
    void refusedMinutesWriteNothing();
    void doneAndLoggedBlocksAreNotEnteredTwice();
    void daysFollowTheLocale_data();
    void daysFollowTheLocale();
    void fileMenuOpensTheWeekAndTheDialog();

private:
    TranscribeDialog *openDialog();
    QFrame *rowOf(TranscribeDialog *dialog, const QString &blockId) const;
    QList<StudyBlock> storedWeek() const;
    StudyBlock storedBlock(const QString &id) const;
    QList<TimeEntry> storedEntries() const;
    // The first block of the week that has another block after it on the same day.
    std::pair<StudyBlock, StudyBlock> sameDayPair() const;
    void accept(TranscribeDialog *dialog);
    QUndoStack *undoStack() const { return m_session->plan().undoStack(); }

    FixedClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestTranscribe::init()
{
    m_clock.set(at(0, 8));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_session = std::make_unique<Session>(*m_settings, m_clock);
    m_session->setTimeZone(Berlin);
    m_session->applyLanguage(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // weeks start on Monday
    QString error;
    QVERIFY2(m_session->open(m_dir->filePath(QStringLiteral("db.sqlite")), &error), qPrintable(error));
    const std::optional<Availability> availability =
        AvailabilityText::parse(QStringLiteral("mon-sun 18:00-22:00"), &error);
    QVERIFY2(availability, qPrintable(error));
    QVERIFY2(m_session->availabilities().save(m_session->document().roadmapId(), *availability, &error),
             qPrintable(error));

    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->resize(1300, 900);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *showWeek = m_window->findChild<QAction *>(QStringLiteral("view_weekView"));
    QVERIFY(showWeek);
    showWeek->trigger(); // places the week from Monday 08:00
    QVERIFY(m_window->weekView()->isVisible());
    QVERIFY(storedWeek().size() >= 7);
    // The learner transcribes the sheet on the next Monday morning: every block is over.
    m_clock.set(at(7, 8));
    m_session->week().refresh();
    QCOMPARE(m_session->week().monday(), Monday);
}

void TestTranscribe::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_dir.reset();
}

TranscribeDialog *TestTranscribe::openDialog()
{
    auto *action = m_window->weekView()->findChild<QAction *>(QStringLiteral("actionTranscribeWeek"));
    if (!action || action != m_window->weekView()->transcribeAction() || !action->isEnabled())
        return nullptr;
    // Through the toolbar button that shows the action.
    auto *button = m_window->weekView()->findChild<QAbstractButton *>(QStringLiteral("transcribeWeek"));
    if (!button || !button->isVisible())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = m_window->findChild<TranscribeDialog *>();
    if (!dialog || !dialog->isVisible())
        return nullptr;
    QApplication::setActiveWindow(dialog);
    if (!QTest::qWaitForWindowActive(dialog))
        return nullptr;
    return dialog;
}

QFrame *TestTranscribe::rowOf(TranscribeDialog *dialog, const QString &blockId) const
{
    for (QFrame *row : dialog->rows()) {
        if (row->property("blockId").toString() == blockId)
            return row;
    }
    return nullptr;
}

QList<StudyBlock> TestTranscribe::storedWeek() const
{
    QString error;
    QList<StudyBlock> week = m_session->blocks()
                                 .blocks(m_session->document().roadmapId(), at(0, 0), at(7, 0), &error)
                                 .value_or(QList<StudyBlock>());
    std::sort(week.begin(), week.end(), [](const StudyBlock &a, const StudyBlock &b) { return a.start < b.start; });
    return week;
}

StudyBlock TestTranscribe::storedBlock(const QString &id) const
{
    QString error;
    return m_session->blocks().block(m_session->document().roadmapId(), id, &error).value_or(StudyBlock());
}

QList<TimeEntry> TestTranscribe::storedEntries() const
{
    QString error;
    return m_session->entries()
        .entries(m_session->document().roadmapId(), {}, 0, -1, EntryRepository::Order::Ascending, &error)
        .value_or(QList<TimeEntry>());
}

std::pair<StudyBlock, StudyBlock> TestTranscribe::sameDayPair() const
{
    const QList<StudyBlock> week = storedWeek();
    for (int i = 1; i < week.size(); ++i) {
        if (week.at(i).start.toTimeZone(Berlin).date() == week.at(i - 1).start.toTimeZone(Berlin).date())
            return {week.at(i - 1), week.at(i)};
    }
    return {};
}

void TestTranscribe::accept(TranscribeDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestTranscribe::mouseTicksAndMinutesBecomeOneUndoStep()
{
    const auto [first, second] = sameDayPair();
    QVERIFY(!first.id.isEmpty());
    QList<StudyBlock> week = storedWeek();
    const StudyBlock later = week.constLast(); // Sunday's last block
    QVERIFY(later.id != second.id);
    const StudyBlock::Status before = first.status;
    QCOMPARE(before, StudyBlock::Status::Missed);
    const int steps = undoStack()->count();

    QPointer<TranscribeDialog> dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->rows().size(), week.size());

    // Ticked: the minutes become the block's length.
    QFrame *row = rowOf(dialog, first.id);
    QVERIFY(row);
    auto *minutes = row->findChild<QSpinBox *>(QStringLiteral("minutes"));
    QVERIFY(minutes->text().isEmpty()); // a blank box, as on the sheet
    QTest::mouseClick(row->findChild<QCheckBox *>(QStringLiteral("done")), Qt::LeftButton);
    QVERIFY(row->findChild<QCheckBox *>(QStringLiteral("done"))->isChecked());
    QCOMPARE(minutes->value(), first.minutes());

    // Not ticked: 40 minutes typed into the blank box, and a note.
    row = rowOf(dialog, second.id);
    auto *field = row->findChild<QSpinBox *>(QStringLiteral("minutes"))->findChild<QLineEdit *>();
    QVERIFY(field);
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClicks(field, QStringLiteral("40"));
    auto *note = row->findChild<QLineEdit *>(QStringLiteral("note"));
    QTest::mouseClick(note, Qt::LeftButton);
    QTest::keyClicks(note, QStringLiteral("chapter 2, exercises"));

    // Ticked, then the filled-in length typed over: 25 minutes.
    row = rowOf(dialog, later.id);
    QTest::mouseClick(row->findChild<QCheckBox *>(QStringLiteral("done")), Qt::LeftButton);
    field = row->findChild<QSpinBox *>(QStringLiteral("minutes"))->findChild<QLineEdit *>();
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, QStringLiteral("25"));

    accept(dialog);
    QVERIFY2(stillOpen(dialog).isEmpty(), qPrintable(stillOpen(dialog)));

    const QList<TimeEntry> entries = storedEntries();
    QCOMPARE(entries.size(), 3);
    const QList<std::tuple<StudyBlock, int, QString>> expected = {
        {first, first.minutes(), QString()},
        {second, 40, QStringLiteral("chapter 2, exercises")},
        {later, 25, QString()},
    };
    for (int i = 0; i < 3; ++i) {
        const auto &[block, length, text] = expected.at(i);
        const TimeEntry &e = entries.at(i);
        QCOMPARE(e.start, block.start);
        QVERIFY(e.end);
        QCOMPARE(*e.end, block.start.addSecs(length * 60));
        QCOMPARE(e.stageKey, block.stageKey);
        QCOMPARE(e.itemKey, block.itemKey);
        QCOMPARE(e.blockId, block.id);
        QCOMPARE(e.offsetMinutes, 60); // Berlin in winter
        QCOMPARE(e.note, text);
        QCOMPARE(e.source, TimeEntry::Source::Manual);
    }
    QCOMPARE(storedBlock(first.id).status, StudyBlock::Status::Done);
    QCOMPARE(storedBlock(second.id).status, before); // not ticked
    QCOMPARE(storedBlock(later.id).status, StudyBlock::Status::Done);

    // One undo step removes the entries and the marks.
    QCOMPARE(undoStack()->count(), steps + 1);
    QCOMPARE(undoStack()->undoText(), QStringLiteral("Transcribe the week"));
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QVERIFY(storedEntries().isEmpty());
    QCOMPARE(storedBlock(first.id).status, before);
    QCOMPARE(storedBlock(later.id).status, later.status);
    // And Redo brings both back, the entries under the same ids.
    m_window->findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    const QList<TimeEntry> redone = storedEntries();
    QCOMPARE(redone.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(redone.at(i).id, entries.at(i).id);
    QCOMPARE(storedBlock(first.id).status, StudyBlock::Status::Done);
}

void TestTranscribe::keyboardGoesAlongTheRows()
{
    const QList<StudyBlock> week = storedWeek();
    QPointer<TranscribeDialog> dialog = openDialog();
    QVERIFY(dialog);
    const QList<QFrame *> rows = dialog->rows();
    // The rows in time order, the focus on the first one's "done" box.
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i)->property("blockId").toString(), week.at(i).id);
    const auto widget = [&](int row, const char *name) {
        return rows.at(row)->findChild<QWidget *>(QLatin1String(name));
    };
    QCOMPARE(QApplication::focusWidget(), widget(0, "done"));

    // Along the first row, then to the second one.
    const QList<std::pair<int, const char *>> path = {{0, "minutes"}, {0, "note"}, {1, "done"},
                                                      {1, "minutes"}, {1, "note"}, {2, "done"}};
    for (const auto &[row, name] : path) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), widget(row, name));
    }
    // Back up to the first row: Space ticks it (its length filled in), Tab, 50 typed over it, a note.
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), widget(0, "done"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(qobject_cast<QSpinBox *>(widget(0, "minutes"))->value(), week.at(0).minutes());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("50"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("slow going"));
    // The second row: only minutes.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("15"));
    // Return accepts.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY2(stillOpen(dialog).isEmpty(), qPrintable(stillOpen(dialog)));

    const QList<TimeEntry> entries = storedEntries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).blockId, week.at(0).id);
    QCOMPARE(*entries.at(0).end, week.at(0).start.addSecs(50 * 60));
    QCOMPARE(entries.at(0).note, QStringLiteral("slow going"));
    QCOMPARE(entries.at(1).blockId, week.at(1).id);
    QCOMPARE(*entries.at(1).end, week.at(1).start.addSecs(15 * 60));
    QCOMPARE(storedBlock(week.at(0).id).status, StudyBlock::Status::Done);
    QCOMPARE(storedBlock(week.at(1).id).status, StudyBlock::Status::Missed);
}

void TestTranscribe::refusedMinutesWriteNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("reaches into the next block")
        << QStringLiteral("overlap") << QStringLiteral("would reach into the block at");
    QTest::newRow("just short of the next block") << QStringLiteral("touch") << QString();
    QTest::newRow("more than 16 hours") << QStringLiteral("long") << QStringLiteral("is more than 16 hours");
    QTest::newRow("exactly 16 hours") << QStringLiteral("sixteen") << QString();
    QTest::newRow("into an entry already logged")
        << QStringLiteral("logged") << QStringLiteral("would overlap an entry already in the study log");
    QTest::newRow("into the future") << QStringLiteral("future") << QStringLiteral("would end in the future");
    QTest::newRow("a note without minutes") << QStringLiteral("note") << QStringLiteral("a note goes with the minutes");
}

void TestTranscribe::refusedMinutesWriteNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const auto [first, second] = sameDayPair();
    QVERIFY(!first.id.isEmpty());
    const QList<StudyBlock> week = storedWeek();
    StudyBlock block = first;
    int minutes = 0;
    if (kind == QLatin1String("overlap") || kind == QLatin1String("touch")) {
        minutes = int(first.start.secsTo(second.start) / 60) + (kind == QLatin1String("overlap") ? 1 : 0);
    } else if (kind == QLatin1String("long") || kind == QLatin1String("sixteen")) {
        // The week's last block, moved back 16 hours in time so that nothing lies in its way.
        m_clock.set(at(14, 8));
        block = week.constLast();
        minutes = 16 * 60 + (kind == QLatin1String("long") ? 1 : 0);
    } else if (kind == QLatin1String("logged")) {
        // A manual entry without a block, 10 minutes after the block's start.
        TimeEntry e;
        e.stageKey = first.stageKey;
        e.start = first.start.addSecs(10 * 60);
        e.end = first.start.addSecs(20 * 60);
        e.offsetMinutes = 60;
        QVERIFY(LogDocument::of(*m_session).addEntry(e));
        minutes = 11;
    } else if (kind == QLatin1String("future")) {
        block = week.constLast();
        minutes = int(block.start.secsTo(m_clock.now()) / 60) + 1;
    }
    const int entriesBefore = int(storedEntries().size());
    const int steps = undoStack()->count();

    QPointer<TranscribeDialog> dialog = openDialog();
    QVERIFY(dialog);
    // Another block ticked in the same pass (its length filled in): refused with the rest.
    const StudyBlock other =
        week.at(week.size() / 2) == block ? week.at(week.size() / 2 + 1) : week.at(week.size() / 2);
    QTest::mouseClick(rowOf(dialog, other.id)->findChild<QCheckBox *>(QStringLiteral("done")), Qt::LeftButton);
    auto *field = rowOf(dialog, block.id)->findChild<QSpinBox *>(QStringLiteral("minutes"))->findChild<QLineEdit *>();
    QTest::mouseClick(field, Qt::LeftButton);
    if (kind == QLatin1String("note")) {
        auto *note = rowOf(dialog, block.id)->findChild<QLineEdit *>(QStringLiteral("note"));
        QTest::mouseClick(note, Qt::LeftButton);
        QTest::keyClicks(note, QStringLiteral("read the paper"));
    } else {
        QTest::keyClicks(field, QString::number(minutes));
    }
    accept(dialog);

    if (message.isEmpty()) {
        QVERIFY2(stillOpen(dialog).isEmpty(), qPrintable(stillOpen(dialog)));
        QCOMPARE(storedEntries().size(), entriesBefore + 2);
        QCOMPARE(storedBlock(other.id).status, StudyBlock::Status::Done);
        QCOMPARE(undoStack()->count(), steps + 1);
        return;
    }
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->messageBar()->isVisible());
    QVERIFY2(dialog->messageBar()->text().contains(message), qPrintable(dialog->messageBar()->text()));
    QVERIFY2(dialog->messageBar()->text().contains(QLatin1String("Nothing was added")),
             qPrintable(dialog->messageBar()->text()));
    QCOMPARE(QApplication::focusWidget(), field->parentWidget()); // on the minutes to correct, selected
    QCOMPARE(field->selectedText(), field->text());
    QCOMPARE(storedEntries().size(), entriesBefore);
    QCOMPARE(storedBlock(other.id).status, other.status);
    QCOMPARE(undoStack()->count(), steps);
    dialog->reject();
}

void TestTranscribe::doneAndLoggedBlocksAreNotEnteredTwice()
{
    const QList<StudyBlock> week = storedWeek();
    const StudyBlock done = week.at(0);
    const StudyBlock timed = week.at(1);
    QVERIFY(m_session->week().setStatus(done.id, StudyBlock::Status::Done));
    TimeEntry e;
    e.stageKey = timed.stageKey;
    e.itemKey = timed.itemKey;
    e.blockId = timed.id;
    e.start = timed.start;
    e.end = timed.start.addSecs(30 * 60);
    e.offsetMinutes = 60;
    e.source = TimeEntry::Source::Timer;
    QVERIFY(LogDocument::of(*m_session).addEntry(e));

    QPointer<TranscribeDialog> dialog = openDialog();
    QVERIFY(dialog);
    QFrame *doneRow = rowOf(dialog, done.id);
    auto *doneBox = doneRow->findChild<QCheckBox *>(QStringLiteral("done"));
    QVERIFY(doneBox->isChecked());
    QVERIFY(!doneBox->isEnabled());
    QVERIFY(doneRow->findChild<QLabel *>(QStringLiteral("status"))->text().contains(QLatin1String("done")));
    QVERIFY(doneRow->findChild<QSpinBox *>(QStringLiteral("minutes"))->isEnabled()); // its minutes not logged yet

    QFrame *timedRow = rowOf(dialog, timed.id);
    auto *timedMinutes = timedRow->findChild<QSpinBox *>(QStringLiteral("minutes"));
    QCOMPARE(timedMinutes->value(), 30);
    QVERIFY(!timedMinutes->isEnabled());
    QVERIFY(!timedRow->findChild<QLineEdit *>(QStringLiteral("note"))->isEnabled());
    QVERIFY2(timedRow->findChild<QLabel *>(QStringLiteral("status"))->text().contains(QLatin1String("30 min")),
             qPrintable(timedRow->findChild<QLabel *>(QStringLiteral("status"))->text()));
    // Ticking it marks the block done, and leaves its logged minutes alone.
    QTest::mouseClick(timedRow->findChild<QCheckBox *>(QStringLiteral("done")), Qt::LeftButton);
    QCOMPARE(timedMinutes->value(), 30);
    // The done block's minutes from the sheet.
    auto *field = doneRow->findChild<QSpinBox *>(QStringLiteral("minutes"))->findChild<QLineEdit *>();
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClicks(field, QStringLiteral("20"));
    accept(dialog);
    QVERIFY2(stillOpen(dialog).isEmpty(), qPrintable(stillOpen(dialog)));

    const QList<TimeEntry> entries = storedEntries();
    QCOMPARE(entries.size(), 2); // the timed block's entry once, the done block's new one
    QCOMPARE(entries.at(0).blockId, done.id);
    QCOMPARE(entries.at(0).seconds(), 20 * 60);
    QCOMPARE(entries.at(1).blockId, timed.id);
    QCOMPARE(entries.at(1).source, TimeEntry::Source::Timer);
    QCOMPARE(storedBlock(timed.id).status, StudyBlock::Status::Done);
    QCOMPARE(storedBlock(done.id).status, StudyBlock::Status::Done);
}

void TestTranscribe::daysFollowTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QDate>("firstDay");
    QTest::newRow("en_GB: Monday first") << QLocale(QLocale::English, QLocale::UnitedKingdom) << Monday;
    QTest::newRow("en_US: Sunday first") << QLocale(QLocale::English, QLocale::UnitedStates) << Monday.addDays(-1);
    QTest::newRow("zh_CN: Sunday first") << QLocale(QLocale::Chinese, QLocale::China) << Monday.addDays(-1);
}

void TestTranscribe::daysFollowTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QDate, firstDay);
    QLocale::setDefault(locale);
    m_session->week().refresh();
    QCOMPARE(m_session->week().firstDay(), firstDay);
    QPointer<TranscribeDialog> dialog = openDialog();
    QVERIFY(dialog);
    QList<QLabel *> days;
    for (int day = 0; day < 7; ++day) {
        auto *header = dialog->findChild<QLabel *>(QStringLiteral("transcribeDay%1").arg(day));
        QVERIFY(header);
        QVERIFY2(header->text().startsWith(locale.standaloneDayName(firstDay.addDays(day).dayOfWeek())),
                 qPrintable(header->text()));
        days.append(header);
    }
    // Each block under its day, in time order: the blocks of the 7 days from the first.
    QString error;
    QList<StudyBlock> shown = m_session->blocks()
                                  .blocks(m_session->document().roadmapId(), QDateTime(firstDay, QTime(0, 0), Berlin),
                                          QDateTime(firstDay.addDays(7), QTime(0, 0), Berlin), &error)
                                  .value_or(QList<StudyBlock>());
    std::sort(shown.begin(), shown.end(), [](const StudyBlock &a, const StudyBlock &b) { return a.start < b.start; });
    const QList<QFrame *> rows = dialog->rows();
    QCOMPARE(rows.size(), shown.size());
    QWidget *sheet = dialog->findChild<QScrollArea *>(QStringLiteral("transcribeSheet"))->widget();
    int lastBottom = -1;
    QDate lastDate;
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i)->property("blockId").toString(), shown.at(i).id);
        const QDate date = shown.at(i).start.toTimeZone(Berlin).date();
        const QLabel *header = days.at(int(firstDay.daysTo(date)));
        const int x = rows.at(i)->mapTo(sheet, rows.at(i)->rect().center()).x();
        QVERIFY(header->geometry().left() <= x && x <= header->geometry().right());
        const int top = rows.at(i)->mapTo(sheet, QPoint(0, 0)).y();
        QVERIFY(top > header->geometry().bottom());
        if (date == lastDate)
            QVERIFY(top > lastBottom); // below the one before
        lastDate = date;
        lastBottom = top + rows.at(i)->height();
    }
    dialog->reject();
}

QTEST_MAIN(TestTranscribe)
// File → Transcribe Printed Week… from another view shows the Week view and its dialog.
void TestTranscribe::fileMenuOpensTheWeekAndTheDialog()
{
    m_window->findChild<QAction *>(QStringLiteral("view_roadmapView"))->trigger();
    QVERIFY(!m_window->weekView()->isVisible());
    auto *menuAction = m_window->findChild<QAction *>(QStringLiteral("actionTranscribeWeekMenu"));
    QVERIFY(menuAction);
    menuAction->trigger();
    QVERIFY(m_window->weekView()->isVisible());
    auto *dialog = m_window->findChild<TranscribeDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
}

#include "tst_transcribe.moc"
