// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "availability/availabilitydialog.h"
#include "availability/availabilityeditor.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <memory>

namespace {

Availability parsed(const QString &text)
{
    QString error;
    const std::optional<Availability> a = AvailabilityText::parse(text, &error);
    if (!a) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return *a;
}

// 13 h of windows; 5 × 110 + 170 = 720 min placeable with the default rules.
const QString Sample = QStringLiteral("mon-fri 19:30-21:30, sat 09:00-12:00");

QLineEdit *dayEdit(const QWidget *editor, int day) // 0 = Monday
{
    return editor->findChild<QLineEdit *>(QStringLiteral("dayEdit%1").arg(day));
}

QLineEdit *templateEdit(const QWidget *editor)
{
    return editor->findChild<QLineEdit *>(QStringLiteral("templateEdit"));
}

// Replaces a line edit's text by typing, as the learner would.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestAvailabilityDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typingIntoADayUpdatesTheWholeWeek();
    void invalidWindowDisablesOk();
    void editingTheOneLineFormUpdatesTheDays();
    void invalidOneLineFormKeepsTheDays();
    void copyMondayToWeekdays();
    void dayOffThroughTheWidgets();
    void extraWindowsOfAnException();
    void spinBoxesChangeTheRules();
    void shortestLongerThanLongestIsInvalid();
    void summary_data();
    void summary();
    void roundTrip();
    void daysFollowTheLocalesWeek();
    void firstRunShowsTheProposal();
    void firstRunUseThisAccepts();
    void screenshot();

private:
    std::unique_ptr<AvailabilityDialog> m_dialog;
    AvailabilityEditor *m_editor = nullptr;
};

void TestAvailabilityDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // weeks start on Monday
}

void TestAvailabilityDialog::init()
{
    m_dialog = std::make_unique<AvailabilityDialog>(AvailabilityDialog::Mode::Edit);
    m_editor = m_dialog->editor();
    m_dialog->setAvailability(parsed(Sample));
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestAvailabilityDialog::cleanup()
{
    m_dialog.reset();
    m_editor = nullptr;
}

void TestAvailabilityDialog::typingIntoADayUpdatesTheWholeWeek()
{
    QSignalSpy changed(m_editor, &AvailabilityEditor::changed);
    QLineEdit *sunday = dayEdit(m_editor, 6);
    QVERIFY(sunday);
    QCOMPARE(sunday->text(), QString());
    QTest::keyClicks(sunday, QStringLiteral("14:00-16:00"));

    QVERIFY(changed.count() > 0);
    const std::optional<Availability> a = m_editor->availability();
    QVERIFY(a);
    QCOMPARE(a->weekly[6], (QList<TimeWindow>{{QTime(14, 0), QTime(16, 0)}}));
    QCOMPARE(templateEdit(m_editor)->text(), QStringLiteral("mon-fri 19:30-21:30, sat 09:00-12:00, sun 14:00-16:00"));
    QVERIFY(m_dialog->acceptButton()->isEnabled());
    QCOMPARE(m_editor->summaryText(), QStringLiteral("Available: 15.0 h a week (placeable in blocks: 13.8 h)."));
}

void TestAvailabilityDialog::invalidWindowDisablesOk()
{
    QLineEdit *tuesday = dayEdit(m_editor, 1);
    retype(tuesday, QStringLiteral("19:30-"));

    QVERIFY(!m_dialog->acceptButton()->isEnabled());
    QVERIFY(!m_editor->isValid());
    QString error;
    QVERIFY(!m_editor->availability(&error));
    QCOMPARE(error, QStringLiteral("Tuesday: position 1: “19:30-” is not a time window such as 19:30-21:30"));
    QCOMPARE(tuesday->toolTip(), QStringLiteral("position 1: “19:30-” is not a time window such as 19:30-21:30"));
    QCOMPARE(m_editor->summaryText(), error);
    QVERIFY(tuesday->palette().color(QPalette::Base) != dayEdit(m_editor, 0)->palette().color(QPalette::Base));
    // The one-line form keeps the last valid week: Tuesday emptied before typing.
    QCOMPARE(templateEdit(m_editor)->text(), QStringLiteral("mon 19:30-21:30, wed-fri 19:30-21:30, sat 09:00-12:00"));

    QTest::keyClicks(tuesday, QStringLiteral("21:00"));
    QVERIFY(m_dialog->acceptButton()->isEnabled());
    QCOMPARE(tuesday->toolTip(), QString());
    QCOMPARE(templateEdit(m_editor)->text(),
             QStringLiteral("mon 19:30-21:30, tue 19:30-21:00, wed-fri 19:30-21:30, sat 09:00-12:00"));
}

void TestAvailabilityDialog::editingTheOneLineFormUpdatesTheDays()
{
    retype(templateEdit(m_editor), QStringLiteral("mon-wed 18:00-19:00, sun 10:00-12:00 09:00-10:30"));

    const QStringList expected = {QStringLiteral("18:00-19:00"),
                                  QStringLiteral("18:00-19:00"),
                                  QStringLiteral("18:00-19:00"),
                                  QString(),
                                  QString(),
                                  QString(),
                                  QStringLiteral("09:00-12:00")};
    for (int d = 0; d < 7; ++d) {
        QCOMPARE(dayEdit(m_editor, d)->text(), expected.at(d));
    }
    QVERIFY(m_dialog->acceptButton()->isEnabled());
    QCOMPARE(m_editor->availability()->weeklyHours(), 6.0);
    // Typing the form did not rewrite it under the cursor.
    QCOMPARE(templateEdit(m_editor)->text(), QStringLiteral("mon-wed 18:00-19:00, sun 10:00-12:00 09:00-10:30"));
}

void TestAvailabilityDialog::invalidOneLineFormKeepsTheDays()
{
    QLineEdit *edit = templateEdit(m_editor);
    edit->setFocus();
    edit->end(false);
    QTest::keyClicks(edit, QStringLiteral(", sun")); // invalid from the comma on

    QVERIFY(!m_dialog->acceptButton()->isEnabled());
    QString error;
    QVERIFY(!m_editor->availability(&error));
    QVERIFY2(error.startsWith(QStringLiteral("Whole week: position 39: “sun” has no time window")), qPrintable(error));
    QVERIFY(!edit->toolTip().isEmpty());
    QCOMPARE(dayEdit(m_editor, 5)->text(), QStringLiteral("09:00-12:00"));

    // A day edited meanwhile rewrites the one-line form from the days, which makes it valid again.
    QTest::keyClicks(dayEdit(m_editor, 6), QStringLiteral("10:00-11:00"));
    QCOMPARE(templateEdit(m_editor)->text(), QStringLiteral("mon-fri 19:30-21:30, sat 09:00-12:00, sun 10:00-11:00"));
    QVERIFY(m_dialog->acceptButton()->isEnabled());
}

void TestAvailabilityDialog::copyMondayToWeekdays()
{
    retype(dayEdit(m_editor, 0), QStringLiteral("07:00-08:00 20:00-21:00"));
    auto *copy = m_editor->findChild<QPushButton *>(QStringLiteral("copyMonday"));
    QVERIFY(copy);
    QCOMPARE(copy->text(), QStringLiteral("&Copy Monday to Tuesday–Friday"));
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(templateEdit(m_editor)->text(), QStringLiteral("mon-fri 07:00-08:00 20:00-21:00, sat 09:00-12:00"));
}

void TestAvailabilityDialog::dayOffThroughTheWidgets()
{
    auto *table = m_editor->findChild<QTableWidget *>(QStringLiteral("exceptions"));
    auto *add = m_editor->findChild<QPushButton *>(QStringLiteral("addException"));
    auto *remove = m_editor->findChild<QPushButton *>(QStringLiteral("removeException"));
    QVERIFY(table && add && remove);
    QVERIFY(!remove->isEnabled());

    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    auto *date = qobject_cast<QDateEdit *>(table->cellWidget(0, 0));
    QVERIFY(date);
    const QDate monday(2027, 5, 10);
    date->setDate(monday);
    auto *dayOff = table->cellWidget(0, 1)->findChild<QCheckBox *>();
    QVERIFY(dayOff);
    QTest::mouseClick(dayOff, Qt::LeftButton);
    QVERIFY(dayOff->isChecked());
    QVERIFY(!table->cellWidget(0, 2)->isEnabled()); // a day off has no extra windows

    std::optional<Availability> a = m_editor->availability();
    QVERIFY(a);
    QCOMPARE(a->exceptions.size(), 1);
    QCOMPARE(a->exceptions.at(0).date, monday);
    QVERIFY(a->exceptions.at(0).dayOff);
    QVERIFY(a->windowsOn(monday).isEmpty());
    QCOMPARE(a->windowsOn(monday.addDays(7)).size(), 1);

    // A second exception starts the day after the first; Remove takes the selected row.
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    const QDate today = QDate::currentDate();
    QCOMPARE(qobject_cast<QDateEdit *>(table->cellWidget(1, 0))->date(), monday >= today ? monday.addDays(1) : today);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    a = m_editor->availability();
    QCOMPARE(a->exceptions.size(), 1);
    QCOMPARE(a->exceptions.at(0).date, monday);

    table->cellWidget(0, 0)->setFocus(); // selects the row
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(m_editor->availability()->exceptions.isEmpty());
}

void TestAvailabilityDialog::extraWindowsOfAnException()
{
    auto *table = m_editor->findChild<QTableWidget *>(QStringLiteral("exceptions"));
    QTest::mouseClick(m_editor->findChild<QPushButton *>(QStringLiteral("addException")), Qt::LeftButton);
    const QDate sunday(2027, 5, 16);
    qobject_cast<QDateEdit *>(table->cellWidget(0, 0))->setDate(sunday);
    auto *extra = qobject_cast<QLineEdit *>(table->cellWidget(0, 2));
    QVERIFY(extra);

    QTest::keyClicks(extra, QStringLiteral("14:00"));
    QVERIFY(!m_dialog->acceptButton()->isEnabled());
    QString error;
    QVERIFY(!m_editor->availability(&error));
    QVERIFY2(error.startsWith(QStringLiteral("Exception on 16/05/2027: position 1:")), qPrintable(error));

    QTest::keyClicks(extra, QStringLiteral("-16:00"));
    QVERIFY(m_dialog->acceptButton()->isEnabled());
    const std::optional<Availability> a = m_editor->availability();
    QVERIFY(a);
    QCOMPARE(a->windowsOn(sunday), (QList<TimeWindow>{{QTime(14, 0), QTime(16, 0)}}));
    QVERIFY(!a->exceptions.at(0).dayOff);
    // Exceptions are not part of the weekly figures.
    QCOMPARE(a->weeklyHours(), 13.0);
}

void TestAvailabilityDialog::spinBoxesChangeTheRules()
{
    auto *dailyMax = m_editor->findChild<QSpinBox *>(QStringLiteral("dailyMaximum"));
    auto *breakMinutes = m_editor->findChild<QSpinBox *>(QStringLiteral("breakMinutes"));
    QVERIFY(dailyMax && breakMinutes);
    QCOMPARE(dailyMax->suffix(), QStringLiteral(" min"));
    QSignalSpy changed(m_editor, &AvailabilityEditor::changed);

    dailyMax->setFocus();
    QTest::keyClick(dailyMax, Qt::Key_Down); // 180 → 165 min
    QCOMPARE(changed.count(), 1);
    std::optional<Availability> a = m_editor->availability();
    QCOMPARE(a->maxMinutesPerDay, 165);
    // Saturday's 3 h now hold 165 min instead of 170.
    QCOMPARE(m_editor->summaryText(), QStringLiteral("Available: 13.0 h a week (placeable in blocks: 11.9 h)."));

    breakMinutes->setFocus();
    breakMinutes->selectAll();
    QTest::keyClicks(breakMinutes, QStringLiteral("0"));
    a = m_editor->availability();
    QCOMPARE(a->breakMinutes, 0);
    QCOMPARE(m_editor->summaryText(), QStringLiteral("Available: 13.0 h a week (placeable in blocks: 12.8 h)."));
}

void TestAvailabilityDialog::shortestLongerThanLongestIsInvalid()
{
    auto *shortest = m_editor->findChild<QSpinBox *>(QStringLiteral("minBlock"));
    shortest->setValue(120);
    QVERIFY(!m_dialog->acceptButton()->isEnabled());
    QCOMPARE(m_editor->summaryText(),
             QStringLiteral("The shortest block (120 min) is longer than the longest block (90 min)."));
    m_editor->findChild<QSpinBox *>(QStringLiteral("maxBlock"))->setValue(120);
    QVERIFY(m_dialog->acceptButton()->isEnabled());
}

void TestAvailabilityDialog::summary_data()
{
    QTest::addColumn<double>("budget");
    QTest::addColumn<bool>("warning");
    QTest::addColumn<QString>("text");

    const QString base = QStringLiteral("Available: 13.0 h a week (placeable in blocks: 12.0 h).");
    QTest::newRow("no plan") << 0.0 << false << base;
    QTest::newRow("budget below") << 10.0 << false << base + QStringLiteral(" Your plan asks for up to 10.0 h a week.");
    QTest::newRow("budget equal to the placeable hours")
        << 12.0 << false << base + QStringLiteral(" Your plan asks for up to 12.0 h a week.");
    QTest::newRow("budget between placeable and available")
        << 12.5 << true
        << base
               + QStringLiteral(" Your plan asks for up to 12.5 h a week: add time windows, or allow longer blocks or "
                                "more a day.");
    QTest::newRow("budget above available")
        << 17.5 << true
        << base
               + QStringLiteral(" Your plan asks for up to 17.5 h a week: add time windows, or allow longer blocks or "
                                "more a day.");
}

void TestAvailabilityDialog::summary()
{
    QFETCH(double, budget);
    QFETCH(bool, warning);
    QFETCH(QString, text);

    m_dialog->setPlanBudget(budget);
    QCOMPARE(m_editor->summaryIsWarning(), warning);
    QCOMPARE(m_editor->summaryText(), text);
    QCOMPARE(m_editor->findChild<QLabel *>(QStringLiteral("availabilitySummary"))->isVisible(), !warning);
    QVERIFY(m_dialog->acceptButton()->isEnabled()); // a warning does not stop OK
}

void TestAvailabilityDialog::roundTrip()
{
    Availability a = parsed(QStringLiteral("mon 06:00-07:00 20:00-24:00, thu 00:00-24:00, sun 10:00-12:00"));
    a.minBlockMinutes = 30;
    a.maxBlockMinutes = 60;
    a.breakMinutes = 15;
    a.maxMinutesPerDay = 240;
    DateException off;
    off.date = QDate(2027, 12, 24);
    off.dayOff = true;
    DateException extra;
    extra.date = QDate(2027, 12, 27);
    extra.extra = {{QTime(9, 0), QTime(11, 0)}, {QTime(14, 0), QTime(15, 30)}};
    a.exceptions = {off, extra};

    m_editor->setAvailability(a);
    const std::optional<Availability> back = m_editor->availability();
    QVERIFY(back);
    QCOMPARE(AvailabilityText::format(*back), AvailabilityText::format(a));
    for (int d = 0; d < 7; ++d) {
        QCOMPARE(back->weekly[d], a.weekly[d]);
    }
    QCOMPARE(back->minBlockMinutes, 30);
    QCOMPARE(back->maxBlockMinutes, 60);
    QCOMPARE(back->breakMinutes, 15);
    QCOMPARE(back->maxMinutesPerDay, 240);
    QCOMPARE(back->exceptions.size(), 2);
    QCOMPARE(back->exceptions.at(0).date, off.date);
    QVERIFY(back->exceptions.at(0).dayOff);
    QCOMPARE(back->exceptions.at(1).date, extra.date);
    QCOMPARE(back->exceptions.at(1).extra, extra.extra);
    QCOMPARE(dayEdit(m_editor, 0)->text(), QStringLiteral("06:00-07:00 20:00-24:00"));
}

void TestAvailabilityDialog::daysFollowTheLocalesWeek()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // weeks start on Sunday
    AvailabilityEditor editor;
    QLocale::setDefault(previous);

    auto *form = qobject_cast<QFormLayout *>(dayEdit(&editor, 0)->parentWidget()->layout());
    QVERIFY(form);
    const auto rowOf = [form](QWidget *w) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(w, &row, &role);
        return row;
    };
    QCOMPARE(rowOf(dayEdit(&editor, 6)), 0);
    QCOMPARE(rowOf(dayEdit(&editor, 0)), 1);
    QCOMPARE(rowOf(dayEdit(&editor, 5)), 6);
    QCOMPARE(qobject_cast<QLabel *>(form->itemAt(0, QFormLayout::LabelRole)->widget())->text(),
             QStringLiteral("Sunday:"));
}

void TestAvailabilityDialog::firstRunShowsTheProposal()
{
    AvailabilityDialog dialog(AvailabilityDialog::Mode::FirstRun);
    dialog.setAvailability(Availability::proposal(12.5));
    dialog.setPlanBudget(12.5);
    dialog.show();

    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("availabilityHeading"))->text(),
             QStringLiteral("When can you study?"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("availabilityExplanation"))
                ->text()
                .contains(QStringLiteral("Settings → Availability…")));
    QCOMPARE(templateEdit(dialog.editor())->text(),
             QStringLiteral("mon-fri 19:30-21:30, sat 09:00-11:00, sun 09:00-10:30"));
    QVERIFY(!dialog.editor()->summaryIsWarning());
    QCOMPARE(dialog.editor()->summaryText(),
             QStringLiteral("Available: 13.5 h a week (placeable in blocks: 12.5 h). Your plan asks for up to 12.5 h "
                            "a week."));
    QCOMPARE(dialog.acceptButton()->text(), QStringLiteral("&Use This"));
    QCOMPARE(dialog.rejectButton()->text(), QStringLiteral("S&kip for Now"));

    QTest::mouseClick(dialog.rejectButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

void TestAvailabilityDialog::firstRunUseThisAccepts()
{
    AvailabilityDialog dialog(AvailabilityDialog::Mode::FirstRun);
    dialog.setAvailability(Availability::proposal(12.5));
    dialog.show();
    QTest::keyClicks(dayEdit(dialog.editor(), 6), QStringLiteral(" 14:00-15:00"));
    QTest::mouseClick(dialog.acceptButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(AvailabilityText::format(dialog.availability()),
             QStringLiteral("mon-fri 19:30-21:30, sat 09:00-11:00, sun 09:00-10:30 14:00-15:00"));
}

// Renders both variants; with STUDYPLANNER_SCREENSHOT_DIR set, saves them there for a look.
void TestAvailabilityDialog::screenshot()
{
    AvailabilityDialog firstRun(AvailabilityDialog::Mode::FirstRun);
    firstRun.setAvailability(Availability::proposal(12.5));
    firstRun.setPlanBudget(15);
    firstRun.show();
    m_dialog->setPlanBudget(12.0);
    DateException off;
    off.date = QDate(2027, 12, 24);
    off.dayOff = true;
    Availability withException = parsed(Sample);
    withException.exceptions = {off};
    m_editor->setAvailability(withException);
    retype(dayEdit(m_editor, 2), QStringLiteral("19:30-"));

    const QString dir = qEnvironmentVariable("STUDYPLANNER_SCREENSHOT_DIR");
    for (QDialog *dialog : {static_cast<QDialog *>(&firstRun), static_cast<QDialog *>(m_dialog.get())}) {
        const QImage image = dialog->grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), dialog->size() * dialog->devicePixelRatio());
        if (!dir.isEmpty()) {
            const QString name = dialog == &firstRun ? QStringLiteral("firstrun") : QStringLiteral("edit");
            QVERIFY(image.save(dir + QStringLiteral("/availability-%1.png").arg(name)));
        }
    }
}

QTEST_MAIN(TestAvailabilityDialog)
#include "tst_availabilitydialog.moc"
