// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/stagecolors.h"
#include "mainwindow.h"
#include "progress/burnupchart.h"
#include "progress/chartdata.h"
#include "progress/checklistchart.h"
#include "progress/heatmap.h"
#include "progress/progressview.h"
#include "progress/stagerangechart.h"
#include "progress/weeklychart.h"
#include "roadmap/roadmapdocument.h"
#include "session.h"
#include "storage/entryrepository.h"
#include "storage/roadmaprepository.h"
#include "support/clock.h"
#include "support/settings.h"
#include "timeline/plandocument.h"

#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QHelpEvent>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>

#include <memory>

// The Progress view: the values its charts are fed (ChartData, from a Progress::Data given by hand),
// the series, axes, texts and tooltips of its widgets, its palettes, and the view in the main window
// on a real database, computed when shown and when the log changes. Europe/Berlin, "now" Wednesday
// 6 January 2027 at 20:00; English (United Kingdom) dates unless a test says otherwise.
namespace {

const QTimeZone Berlin("Europe/Berlin");

class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2027, 1, 6), QTime(20, 0), Berlin); }
};

QDate d(int year, int month, int day)
{
    return {year, month, day};
}

qreal x(int year, int month, int day)
{
    return ChartData::x(QDate(year, month, day));
}

// Stage "1" from Wednesday 23 December 2026 to 1 March 2027 at 10 h a week, then stage "2",
// open-ended, at 7 h a week.
Planner::Schedule knownSchedule()
{
    Planner::Schedule schedule;
    Planner::StageSchedule first;
    first.stageKey = QStringLiteral("1");
    first.start = d(2026, 12, 23);
    first.end = d(2027, 3, 1);
    first.weeklyHours = 10;
    Planner::StageSchedule second;
    second.stageKey = QStringLiteral("2");
    second.start = d(2027, 3, 1);
    second.weeklyHours = 7;
    schedule.stages = {first, second};
    return schedule;
}

Progress::Data knownData()
{
    Progress::Data data;
    Progress::Forecasts &forecasts = data.forecasts;
    forecasts.pace = {7.5, 1.5, 4, false};
    forecasts.planEnd = d(2027, 9, 1);
    forecasts.planEarliest = d(2027, 8, 1);
    forecasts.planLatest = d(2027, 10, 15);
    forecasts.planVerdict = Progress::GuideVerdict::Within;

    data.weeks = {{d(2026, 12, 21), 50.0 / 7, 8}, {d(2026, 12, 28), 10, 12}, {d(2027, 1, 4), 5, 3.5}};

    data.burnUp.planned = {{d(2026, 12, 27), 5}, {d(2027, 1, 3), 15}, {d(2027, 1, 10), 25}};
    data.burnUp.actual = {{d(2026, 12, 27), 8}, {d(2027, 1, 3), 20}, {d(2027, 1, 6), 23.5}};
    data.burnUp.forecast = {{d(2027, 1, 6), 23.5}, {d(2027, 1, 13), 31}, {d(2027, 1, 20), 38.5}};
    data.burnUp.forecastEarliest = {{d(2027, 1, 6), 23.5}, {d(2027, 1, 13), 32.5}, {d(2027, 1, 17), 38.5}};
    data.burnUp.forecastLatest = {
        {d(2027, 1, 6), 23.5}, {d(2027, 1, 13), 29.5}, {d(2027, 1, 20), 35.5}, {d(2027, 1, 27), 38.5}};

    Progress::StageRange first;
    first.stageKey = QStringLiteral("1");
    first.title = QStringLiteral("Getting Started");
    first.plannedStart = d(2026, 12, 23);
    first.plannedEnd = d(2027, 3, 1);
    first.guideEarliestEnd = d(2027, 1, 23);
    first.guideLatestEnd = d(2027, 3, 23);
    first.firstStudied = d(2026, 12, 23);
    first.lastStudied = d(2027, 1, 6);
    first.hours = 23.5;
    first.forecastEnd = d(2027, 1, 20);
    Progress::StageRange second;
    second.stageKey = QStringLiteral("2");
    second.title = QStringLiteral("Foundations");
    second.plannedStart = d(2027, 3, 1);
    second.guideEarliestEnd = d(2027, 6, 1);
    data.ranges = {first, second};

    data.checklists = {
        {QStringLiteral("1"),
         QStringLiteral("Getting Started"),
         1,
         3,
         true,
         false,
         {QStringLiteral("Quiz"), QStringLiteral("Project")}},
        {QStringLiteral("2"),
         QStringLiteral("Foundations"),
         0,
         2,
         false,
         false,
         {QStringLiteral("Paper"), QStringLiteral("Talk")}},
        {QStringLiteral("3"), QStringLiteral("Applied Practice"), 2, 2, true, true, {}},
    };

    Progress::Calendar &calendar = data.calendar;
    calendar.from = d(2026, 1, 5);
    calendar.to = d(2027, 1, 6);
    const QHash<QDate, double> studied = {
        {d(2026, 6, 1), 4}, {d(2027, 1, 4), 2}, {d(2027, 1, 5), 1}, {d(2027, 1, 6), 0.5}};
    for (QDate day = calendar.from; day <= calendar.to; day = day.addDays(1))
        calendar.days.append({day, studied.value(day)});
    calendar.streak = 3;
    calendar.longestStreak = 3;
    calendar.maxHours = 4;
    return data;
}

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> result;
    for (int i = 0; i < set->count(); ++i)
        result.append(set->at(i));
    return result;
}

void compareValues(const QList<qreal> &actual, const QList<qreal> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i)
        QVERIFY2(qFuzzyCompare(1 + actual.at(i), 1 + expected.at(i)),
                 qPrintable(QStringLiteral("%1: %2 != %3").arg(i).arg(actual.at(i)).arg(expected.at(i))));
}

// "%n day(s)" reads "3 days" once the English translation has its plural forms, "3 day(s)" before:
// texts are compared with the number's noun in the singular.
QString singular(QString text)
{
    static const QRegularExpression plural(QStringLiteral("(\\d+) (day|week)(s|\\(s\\))"));
    return text.replace(plural, QStringLiteral("\\1 \\2"));
}

QPalette lightPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette(QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Base, QColor(0x23, 0x23, 0x23));
    palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    return palette;
}

} // namespace

class TestProgressView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dateFormats_data();
    void dateFormats();
    void monthLabels_data();
    void monthLabels();
    void weeklyBudget_data();
    void weeklyBudget();
    void weeklyShowsTheLastYear();
    void burnUpRange_data();
    void burnUpRange();
    void heatLevels_data();
    void heatLevels();
    void summary_data();
    void summary();
    void missingText();
    void weeklyChart();
    void burnUpChart();
    void stageRangeChart();
    void checklistChart();
    void heatMapAndStreak();
    void summaryLabel();
    void darkPaletteChangesTheTheme();
    void chineseAxes();
    void inTheMainWindow();
    void recomputedOnlyWhileVisible();

private:
    void openSession();
    qint64 put(const QDate &date, int fromHour, int toHour, const QString &stageKey = {});

    FixedClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ProgressView> m_view; // a view of its own, fed by hand
};

void TestProgressView::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestProgressView::cleanup()
{
    m_view.reset();
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_dir.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestProgressView::openSession()
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
    m_view = std::make_unique<ProgressView>(*m_session);
    m_view->resize(1200, 900);
}

qint64 TestProgressView::put(const QDate &date, int fromHour, int toHour, const QString &stageKey)
{
    TimeEntry e;
    e.stageKey = stageKey.isEmpty() ? m_session->document().roadmap().stages.constFirst().key : stageKey;
    e.start = QDateTime(date, QTime(fromHour, 0), Berlin).toUTC();
    e.end = QDateTime(date, QTime(toHour, 0), Berlin).toUTC();
    e.offsetMinutes = 60;
    QString error;
    const std::optional<QList<qint64>> ids =
        m_session->entries().change(m_session->document().roadmapId(), {}, {e}, &error);
    return ids && ids->size() == 1 ? ids->constFirst() : 0;
}

void TestProgressView::dateFormats_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("yearMonth");
    QTest::addColumn<QString>("monthDay");
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("Mar 2027") << QStringLiteral("14/03");
    QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("Mar 2027") << QStringLiteral("3/14");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("2027年3月") << QStringLiteral("3/14");
}

void TestProgressView::dateFormats()
{
    QFETCH(QString, locale);
    QFETCH(QString, yearMonth);
    QFETCH(QString, monthDay);
    const QLocale l(locale);
    QCOMPARE(l.toString(d(2027, 3, 14), ChartData::yearMonthFormat(l)), yearMonth);
    QCOMPARE(l.toString(d(2027, 3, 14), ChartData::monthDayFormat(l)), monthDay);
}

void TestProgressView::monthLabels_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QList<QDate>>("dates");
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("a month") << d(2026, 12, 27) << d(2027, 1, 27) << QList<QDate>{d(2027, 1, 1)}
                             << QStringList{QStringLiteral("Jan 2027")};
    QTest::newRow("from a first") << d(2027, 1, 1) << d(2027, 3, 31)
                                  << QList<QDate>{d(2027, 1, 1), d(2027, 2, 1), d(2027, 3, 1)}
                                  << QStringList{QStringLiteral("Jan 2027"), QStringLiteral("Feb 2027"),
                                                 QStringLiteral("Mar 2027")};
    // 13 month starts: every second month, on odd months.
    QTest::newRow("every two months") << d(2026, 12, 2) << d(2028, 1, 15)
                                      << QList<QDate>{d(2027, 1, 1), d(2027, 3, 1),  d(2027, 5, 1), d(2027, 7, 1),
                                                      d(2027, 9, 1), d(2027, 11, 1), d(2028, 1, 1)}
                                      << QStringList{QStringLiteral("Jan 2027"),  QStringLiteral("Mar 2027"),
                                                     QStringLiteral("May 2027"),  QStringLiteral("Jul 2027"),
                                                     QStringLiteral("Sept 2027"), QStringLiteral("Nov 2027"),
                                                     QStringLiteral("Jan 2028")};
    // Ten years: every second year, on even years.
    QTest::newRow("ten years") << d(2017, 1, 1) << d(2026, 12, 31)
                               << QList<QDate>{d(2018, 1, 1), d(2020, 1, 1), d(2022, 1, 1), d(2024, 1, 1),
                                               d(2026, 1, 1)}
                               << QStringList{QStringLiteral("2018"), QStringLiteral("2020"), QStringLiteral("2022"),
                                              QStringLiteral("2024"), QStringLiteral("2026")};
    QTest::newRow("nothing") << d(2027, 1, 2) << d(2027, 1, 30) << QList<QDate>{} << QStringList{};
}

void TestProgressView::monthLabels()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QList<QDate>, dates);
    QFETCH(QStringList, texts);
    const QList<ChartData::Label> labels = ChartData::monthLabels(from, to, QLocale());
    QCOMPARE(labels.size(), dates.size());
    for (qsizetype i = 0; i < labels.size(); ++i) {
        QCOMPARE(labels.at(i).value, ChartData::x(dates.at(i)));
        QCOMPARE(labels.at(i).text, texts.at(i));
        QCOMPARE(ChartData::date(labels.at(i).value), dates.at(i));
    }
    QVERIFY(labels.size() <= ChartData::MaxLabels);
}

void TestProgressView::weeklyBudget_data()
{
    QTest::addColumn<QDate>("monday");
    QTest::addColumn<double>("budget");
    QTest::newRow("before the plan") << d(2026, 12, 14) << 0.0;
    QTest::newRow("starts on a Wednesday") << d(2026, 12, 21) << 50.0 / 7;
    QTest::newRow("a whole week") << d(2027, 1, 4) << 10.0;
    QTest::newRow("the last week of stage 1") << d(2027, 2, 22) << 10.0;
    QTest::newRow("the open-ended stage") << d(2027, 3, 1) << 7.0;
    QTest::newRow("years later") << d(2035, 3, 5) << 7.0;
}

void TestProgressView::weeklyBudget()
{
    QFETCH(QDate, monday);
    QFETCH(double, budget);
    QVERIFY(qFuzzyCompare(1 + ChartData::weeklyBudget(knownSchedule(), monday), 1 + budget));
}

void TestProgressView::weeklyShowsTheLastYear()
{
    QList<Progress::Week> weeks;
    for (int i = 0; i < 60; ++i)
        weeks.append({d(2025, 11, 3).addDays(7 * i), 5, double(i)});
    const ChartData::Weekly weekly = ChartData::weekly(weeks, knownSchedule(), QLocale());
    QCOMPARE(weekly.mondays.size(), ChartData::WeeksShown);
    QCOMPARE(weekly.mondays.constFirst(), weeks.at(8).monday);
    QCOMPARE(weekly.mondays.constLast(), weeks.constLast().monday);
    QCOMPARE(weekly.actual.constFirst(), 8.0);
    QCOMPARE(weekly.actual.constLast(), 59.0);
    QCOMPARE(weekly.maxHours, 59.0);
    // At most MaxLabels labels, the latest week always labelled.
    QVERIFY(weekly.labels.size() <= ChartData::MaxLabels);
    QCOMPARE(weekly.labels.constLast().value, qreal(ChartData::WeeksShown - 1));
    QCOMPARE(weekly.labels.constLast().text, QStringLiteral("21/12"));
}

void TestProgressView::burnUpRange_data()
{
    QTest::addColumn<bool>("withLatest");
    QTest::addColumn<QList<QPointF>>("upper");
    QTest::addColumn<QList<QPointF>>("lower");
    QTest::addColumn<qreal>("maxX");
    QTest::newRow("earliest and latest")
        << true
        << QList<QPointF>{{x(2027, 1, 6), 23.5}, {x(2027, 1, 13), 32.5}, {x(2027, 1, 17), 38.5}, {x(2027, 1, 27), 38.5}}
        << QList<QPointF>{{x(2027, 1, 6), 23.5}, {x(2027, 1, 13), 29.5}, {x(2027, 1, 20), 35.5}, {x(2027, 1, 27), 38.5}}
        << x(2027, 1, 27);
    // No latest forecast (no upper bound on time): the lower edge stays at today's hours.
    QTest::newRow("no latest") << false
                               << QList<QPointF>{{x(2027, 1, 6), 23.5},
                                                 {x(2027, 1, 13), 32.5},
                                                 {x(2027, 1, 17), 38.5},
                                                 {x(2027, 1, 20), 38.5}}
                               << QList<QPointF>{{x(2027, 1, 6), 23.5}, {x(2027, 1, 20), 23.5}} << x(2027, 1, 20);
}

void TestProgressView::burnUpRange()
{
    QFETCH(bool, withLatest);
    QFETCH(QList<QPointF>, upper);
    QFETCH(QList<QPointF>, lower);
    QFETCH(qreal, maxX);
    Progress::BurnUp data = knownData().burnUp;
    if (!withLatest)
        data.forecastLatest.clear();
    const ChartData::BurnUp burnUp = ChartData::burnUp(data, QLocale());
    QCOMPARE(burnUp.rangeUpper, upper);
    QCOMPARE(burnUp.rangeLower, lower);
    QCOMPARE(burnUp.minX, x(2026, 12, 27));
    QCOMPARE(burnUp.maxX, maxX);
    QCOMPARE(burnUp.maxHours, 38.5);
    QCOMPARE(burnUp.planned, (QList<QPointF>{{x(2026, 12, 27), 5}, {x(2027, 1, 3), 15}, {x(2027, 1, 10), 25}}));

    // No forecast at all: no range.
    data.forecast.clear();
    data.forecastEarliest.clear();
    data.forecastLatest.clear();
    const ChartData::BurnUp none = ChartData::burnUp(data, QLocale());
    QVERIFY(none.rangeUpper.isEmpty());
    QVERIFY(none.rangeLower.isEmpty());
    QCOMPARE(none.maxX, x(2027, 1, 10));
}

void TestProgressView::heatLevels_data()
{
    QTest::addColumn<double>("hours");
    QTest::addColumn<double>("maxHours");
    QTest::addColumn<int>("level");
    QTest::newRow("none") << 0.0 << 4.0 << 0;
    QTest::newRow("a minute") << 1.0 / 60 << 4.0 << 1;
    QTest::newRow("a quarter") << 1.0 << 4.0 << 1;
    QTest::newRow("just over a quarter") << 1.01 << 4.0 << 2;
    QTest::newRow("half") << 2.0 << 4.0 << 2;
    QTest::newRow("three quarters") << 3.0 << 4.0 << 3;
    QTest::newRow("the largest") << 4.0 << 4.0 << 4;
    QTest::newRow("no study at all") << 0.0 << 0.0 << 0;
}

void TestProgressView::heatLevels()
{
    QFETCH(double, hours);
    QFETCH(double, maxHours);
    QFETCH(int, level);
    QCOMPARE(ChartData::heatLevel(hours, maxHours), level);
}

void TestProgressView::summary_data()
{
    QTest::addColumn<Progress::Forecasts>("forecasts");
    QTest::addColumn<QString>("text");
    Progress::Forecasts empty;
    QTest::newRow("no history") << empty
                                << QStringLiteral("No study logged yet. The end of the plan: no forecast yet.");
    Progress::Forecasts stalled;
    stalled.pace = {0, 0, 4, true};
    QTest::newRow("stalled") << stalled
                             << QStringLiteral("No study in the last 4 weeks. The end of the plan: no forecast yet.");
    const Progress::Forecasts known = knownData().forecasts;
    QTest::newRow("with its range") << known
                                    << QStringLiteral("Your pace: 7.5 h a week (± 1.5 h) over the last 4 weeks. At "
                                                      "this pace the plan ends around 1 September 2027 (between 1 "
                                                      "August 2027 and 15 October 2027): %1.")
                                           .arg(Progress::verdictText(Progress::GuideVerdict::Within, 0));
    Progress::Forecasts noLatest = known;
    noLatest.planLatest.reset();
    QTest::newRow("no latest end") << noLatest
                                   << QStringLiteral("Your pace: 7.5 h a week (± 1.5 h) over the last 4 weeks. At "
                                                     "this pace the plan ends around 1 September 2027 (1 August 2027 "
                                                     "at the earliest): %1.")
                                          .arg(Progress::verdictText(Progress::GuideVerdict::Within, 0));
    Progress::Forecasts behind = known;
    behind.pace = {2, 0.5, 1, false};
    behind.planEarliest.reset();
    behind.planLatest.reset();
    behind.planVerdict = Progress::GuideVerdict::Behind;
    behind.planWeeks = 3;
    QTest::newRow("behind, one week") << behind
                                      << QStringLiteral("Your pace: 2.0 h a week (± 0.5 h) over the last 1 week. At "
                                                        "this pace the plan ends around 1 September 2027: %1.")
                                             .arg(Progress::verdictText(Progress::GuideVerdict::Behind, 3));
}

void TestProgressView::summary()
{
    QFETCH(Progress::Forecasts, forecasts);
    QFETCH(QString, text);
    QCOMPARE(singular(ChartData::summary(forecasts, QLocale())), singular(text));
}

void TestProgressView::missingText()
{
    const QStringList lines = ChartData::missingText(knownData().checklists, QLocale());
    QCOMPARE(
        lines,
        (QStringList{QStringLiteral("Getting Started: hours spent, checklist not ticked. Missing: Quiz and Project."),
                     QStringLiteral("Foundations: 0 of 2 assessment items ticked. Missing: Paper and Talk.")}));
    Progress::Checklist none{QStringLiteral("5"), QStringLiteral("Frontier"), 0, 0, false, false, {}};
    QCOMPARE(ChartData::missingText({none}, QLocale()),
             QStringList{QStringLiteral("Frontier: the guide gives this stage no assessment to tick.")});
    QCOMPARE(ChartData::checklistPercent(knownData().checklists), (QList<qreal>{100.0 / 3, 0, 100}));
}

void TestProgressView::weeklyChart()
{
    openSession();
    m_view->setData(knownData(), knownSchedule());
    WeeklyChart *chart = m_view->weeklyChart();
    compareValues(values(chart->plannedSet()), {50.0 / 7, 10, 5});
    compareValues(values(chart->actualSet()), {8, 12, 3.5});
    // The budget, pauses not counted: the week of 4 January is planned at 5 h, budgeted at 10.
    QCOMPARE(chart->budgetSeries()->points(),
             (QList<QPointF>{{-0.5, 50.0 / 7}, {0.5, 50.0 / 7}, {0.5, 10}, {1.5, 10}, {1.5, 10}, {2.5, 10}}));
    QCOMPARE(chart->weekAxis()->min(), -0.5);
    QCOMPARE(chart->weekAxis()->max(), 2.5);
    QCOMPARE(chart->weekAxis()->categoriesLabels(),
             (QStringList{QStringLiteral("21/12"), QStringLiteral("28/12"), QStringLiteral("04/01")}));
    QCOMPARE(chart->weekAxis()->endValue(QStringLiteral("04/01")), 2.0);
    QCOMPARE(chart->hoursAxis()->min(), 0.0);
    QVERIFY(chart->hoursAxis()->max() >= 12);
    QCOMPARE(chart->bars()->count(), 2);

    // Hovering a bar shows the week's exact figures.
    Q_EMIT chart->actualSet()->hovered(true, 2);
    QCOMPARE(chart->toolTipText(),
             QStringLiteral("04/01/2027 to 10/01/2027\nPlanned: 5.0 h\nStudied: 3.5 h\nBudget: 10.0 h"));
    Q_EMIT chart->actualSet()->hovered(false, 2);
    QVERIFY(chart->toolTipText().isEmpty());
    Q_EMIT chart->budgetSeries()->hovered(QPointF(0.7, 10), true);
    QVERIFY(chart->toolTipText().startsWith(QStringLiteral("28/12/2026 to 03/01/2027\n")));
}

void TestProgressView::burnUpChart()
{
    openSession();
    m_view->setData(knownData(), knownSchedule());
    BurnUpChart *chart = m_view->burnUpChart();
    QCOMPARE(chart->plannedSeries()->points(),
             (QList<QPointF>{{x(2026, 12, 27), 5}, {x(2027, 1, 3), 15}, {x(2027, 1, 10), 25}}));
    QCOMPARE(chart->actualSeries()->points(),
             (QList<QPointF>{{x(2026, 12, 27), 8}, {x(2027, 1, 3), 20}, {x(2027, 1, 6), 23.5}}));
    QCOMPARE(chart->forecastSeries()->points(),
             (QList<QPointF>{{x(2027, 1, 6), 23.5}, {x(2027, 1, 13), 31}, {x(2027, 1, 20), 38.5}}));
    QCOMPARE(chart->rangeSeries()->upperSeries()->points().constLast(), QPointF(x(2027, 1, 27), 38.5));
    QCOMPARE(chart->rangeSeries()->lowerSeries()->points().size(), 4);
    QCOMPARE(chart->dateAxis()->min(), x(2026, 12, 27));
    QCOMPARE(chart->dateAxis()->max(), x(2027, 1, 27));
    QCOMPARE(chart->dateAxis()->categoriesLabels(), QStringList{QStringLiteral("Jan 2027")});
    QCOMPARE(chart->hoursAxis()->min(), 0.0);
    QVERIFY(chart->hoursAxis()->max() >= 38.5);

    Q_EMIT chart->actualSeries()->hovered(QPointF(x(2027, 1, 3) + 0.4, 19), true);
    QCOMPARE(chart->toolTipText(), QStringLiteral("Studied by 03/01/2027: 20.0 h"));
    Q_EMIT chart->rangeSeries()->hovered(QPointF(x(2027, 1, 13), 30), true);
    QCOMPARE(chart->toolTipText(), QStringLiteral("Range of the forecast\nAt a faster pace: 13/01/2027: 32.5 h\nAt a "
                                                  "slower pace: 13/01/2027: 29.5 h"));
}

void TestProgressView::stageRangeChart()
{
    openSession();
    m_view->setData(knownData(), knownSchedule());
    StageRangeChart *chart = m_view->stageRangeChart();
    const QList<StageRangeChart::StageSeries> &series = chart->stageSeries();
    QCOMPARE(series.size(), 2);
    const qreal maxX = chart->dateAxis()->max();
    // The first stage on the top row (1), the second below (0).
    const QList<QPointF> band = series.at(0).guide->upperSeries()->points();
    QCOMPARE(band.size(), 2);
    QCOMPARE(band.at(0).x(), x(2027, 1, 23));
    QCOMPARE(band.at(1).x(), x(2027, 3, 23));
    QVERIFY(band.at(0).y() > 1 && band.at(0).y() < 1.5);
    QVERIFY(series.at(0).guide->lowerSeries()->points().at(0).y() > 0.5);
    const QList<QPointF> planned = series.at(0).planned->points();
    QCOMPARE(planned.at(0).x(), x(2026, 12, 23));
    QCOMPARE(planned.at(1).x(), x(2027, 3, 1));
    // Studied to the end of the last day studied.
    const QList<QPointF> studied = series.at(0).studied->points();
    QCOMPARE(studied.at(0).x(), x(2026, 12, 23));
    QCOMPARE(studied.at(1).x(), x(2027, 1, 7));
    // The open-ended stage and the guide without a maximum run to the end of the axis.
    QCOMPARE(series.at(1).planned->points().at(1).x(), maxX);
    QCOMPARE(series.at(1).guide->upperSeries()->points().at(1).x(), maxX);
    QVERIFY(series.at(1).planned->points().at(0).y() < 0.5);
    QCOMPARE(series.at(1).studied->count(), 0);
    QVERIFY(maxX > x(2027, 6, 1));
    QCOMPARE(chart->dateAxis()->min(), x(2026, 12, 23));
    // One forecast marker, on the first stage's row; today as a vertical line.
    QCOMPARE(chart->forecastSeries()->count(), 1);
    QCOMPARE(chart->forecastSeries()->at(0).x(), x(2027, 1, 20));
    QVERIFY(qAbs(chart->forecastSeries()->at(0).y() - 1) < 0.5);
    QCOMPARE(chart->todaySeries()->points(), (QList<QPointF>{{x(2027, 1, 6), -0.5}, {x(2027, 1, 6), 1.5}}));
    // The stages' titles, bottom up.
    QCOMPARE(chart->stageAxis()->categoriesLabels(),
             (QStringList{QStringLiteral("Foundations"), QStringLiteral("Getting Started")}));
    QCOMPARE(chart->stageAxis()->min(), -0.5);
    QCOMPARE(chart->stageAxis()->max(), 1.5);
    QCOMPARE(chart->dateAxis()->categoriesLabels().constFirst(), QStringLiteral("Jan 2027"));

    Q_EMIT series.at(0).studied->hovered(QPointF(x(2027, 1, 1), 0.9), true);
    QCOMPARE(chart->toolTipText(), QStringLiteral("Getting Started\n"
                                                  "The guide: ends between 23 January 2027 and 23 March 2027\n"
                                                  "Planned: 23 December 2026 to 28 February 2027\n"
                                                  "Studied: 23 December 2026 to 6 January 2027, 23.5 h\n"
                                                  "Forecast end: 20 January 2027"));
    Q_EMIT series.at(1).guide->hovered(QPointF(x(2027, 7, 1), 0), true);
    QCOMPARE(chart->toolTipText(), QStringLiteral("Foundations\n"
                                                  "The guide: ends after 1 June 2027, no latest end\n"
                                                  "Planned: from 1 March 2027, ongoing\n"
                                                  "Studied: not yet\n"
                                                  "Forecast end: no forecast yet"));
    Q_EMIT chart->forecastSeries()->hovered(chart->forecastSeries()->at(0), true);
    QVERIFY(chart->toolTipText().startsWith(QStringLiteral("Getting Started\n")));
    Q_EMIT chart->todaySeries()->hovered(QPointF(x(2027, 1, 6), 0.2), true);
    QCOMPARE(chart->toolTipText(), QStringLiteral("Today, Wednesday, 6 January 2027"));

    // Without a today and with a stage the data gives no dates: drawn from the start of the axis.
    Progress::StageRange undated;
    undated.stageKey = QStringLiteral("9");
    undated.title = QStringLiteral("Undated");
    chart->setData({knownData().ranges.constFirst(), undated}, QDate());
    QCOMPARE(chart->todaySeries()->count(), 0);
    QCOMPARE(chart->dateAxis()->min(), x(2026, 12, 23));
    QCOMPARE(chart->stageSeries().at(1).planned->points().at(0).x(), x(2026, 12, 23));
    QCOMPARE(chart->stageSeries().at(1).planned->points().at(1).x(), chart->dateAxis()->max());
    chart->setData({}, QDate());
    QCOMPARE(chart->stageSeries().size(), 0);
}

void TestProgressView::checklistChart()
{
    openSession();
    m_view->setData(knownData(), knownSchedule());
    ChecklistChart *chart = m_view->checklistChart();
    QCOMPARE(chart->bars()->count(), 3);
    // Stage i's bar is on row 2 − i (the first stage at the top), the other rows empty.
    compareValues(values(chart->stageSet(0)), {0, 0, 100.0 / 3});
    compareValues(values(chart->stageSet(1)), {0, 0, 0});
    compareValues(values(chart->stageSet(2)), {100, 0, 0});
    QCOMPARE(chart->stageAxis()->categories(),
             (QStringList{QStringLiteral("Applied Practice"), QStringLiteral("Foundations"),
                          QStringLiteral("Getting Started")}));
    QCOMPARE(chart->percentAxis()->max(), 100.0);
    QCOMPARE(m_view->missingLabel()->text(),
             QStringLiteral("• Getting Started: hours spent, checklist not ticked. Missing: Quiz and Project.\n"
                            "• Foundations: 0 of 2 assessment items ticked. Missing: Paper and Talk."));
    Q_EMIT chart->stageSet(0)->hovered(true, 2);
    QCOMPARE(chart->toolTipText(), QStringLiteral("Getting Started: 1 of 3 assessment items ticked (33 %)"));
    Q_EMIT chart->stageSet(2)->hovered(true, 0);
    QCOMPARE(chart->toolTipText(),
             QStringLiteral("Applied Practice: 2 of 2 assessment items ticked (100 %)\nCompleted"));

    // Everything ticked: the text says so.
    Progress::Data done = knownData();
    done.checklists = {done.checklists.at(2)};
    m_view->setData(done, knownSchedule());
    QCOMPARE(m_view->missingLabel()->text(), QStringLiteral("Every stage's assessment checklist is ticked."));
}

void TestProgressView::heatMapAndStreak()
{
    openSession();
    m_view->setData(knownData(), knownSchedule());
    HeatMap *map = m_view->heatMap();
    const ChartData::HeatMap &data = map->data();
    QCOMPARE(data.cells.size(), 367);
    QCOMPARE(data.columns, 53);
    const auto cellOf = [&data](const QDate &date) { return data.cells.at(d(2026, 1, 5).daysTo(date)); };
    const ChartData::HeatCell today = cellOf(d(2027, 1, 6));
    QCOMPARE(today.date, d(2027, 1, 6));
    QCOMPARE(today.hours, 0.5);
    QCOMPARE(today.column, 52);
    QCOMPARE(today.row, 2); // a Wednesday, rows from Monday
    QCOMPARE(today.level, 1);
    QCOMPARE(cellOf(d(2027, 1, 4)).level, 2);
    QCOMPARE(cellOf(d(2026, 6, 1)).level, 4);
    QCOMPARE(cellOf(d(2026, 6, 2)).level, 0);
    QCOMPARE(data.months.constFirst().text, QStringLiteral("Feb"));
    QCOMPARE(data.months.constFirst().value, 3.0); // 1 February 2026 is a Sunday of the fourth week
    QCOMPARE(data.months.constLast().text, QStringLiteral("Jan"));

    // The widget finds the day under the mouse and says it exactly.
    const ChartData::HeatCell june = cellOf(d(2026, 6, 1));
    const std::optional<ChartData::HeatCell> found = map->cellAt(map->cellRect(june).center());
    QVERIFY(found);
    QCOMPARE(found->date, d(2026, 6, 1));
    QCOMPARE(found->hours, 4.0);
    QVERIFY(!map->cellAt(QPoint(0, 0)));
    QHelpEvent help(QEvent::ToolTip, map->cellRect(june).center(), map->mapToGlobal(map->cellRect(june).center()));
    QApplication::sendEvent(map, &help);
    QCOMPARE(QToolTip::text(), QStringLiteral("Monday, 1 June 2026: 4 h 00 min studied"));
    QCOMPARE(ChartData::dayToolTip(found->date, found->hours, QLocale()),
             QStringLiteral("Monday, 1 June 2026: 4 h 00 min studied"));
    QCOMPARE(ChartData::dayToolTip(d(2026, 6, 2), 0, QLocale()), QStringLiteral("Tuesday, 2 June 2026: no study"));
    // More study, a stronger shade (on a light palette: darker).
    map->setPalette(lightPalette());
    for (int level = 2; level < ChartData::HeatLevels; ++level)
        QVERIFY(map->levelColor(level).lightness() < map->levelColor(level - 1).lightness());

    QCOMPARE(singular(m_view->streakLabel()->text()), QStringLiteral("Current streak: 3 day. Longest streak: 3 day."));
}

void TestProgressView::summaryLabel()
{
    openSession();
    m_view->setData(knownData(), knownSchedule());
    QCOMPARE(m_view->summaryLabel()->text(), ChartData::summary(knownData().forecasts, QLocale()));
    QVERIFY(m_view->summaryLabel()->text().contains(QStringLiteral("1 September 2027")));
    m_view->setData({}, {});
    QCOMPARE(m_view->summaryLabel()->text(),
             QStringLiteral("No study logged yet. The end of the plan: no forecast yet."));
}

void TestProgressView::darkPaletteChangesTheTheme()
{
    openSession();
    m_view->setPalette(lightPalette());
    m_view->setData(knownData(), knownSchedule());
    const QList<ProgressChart *> charts = {m_view->weeklyChart(), m_view->burnUpChart(), m_view->stageRangeChart(),
                                           m_view->checklistChart()};
    for (ProgressChart *chart : charts) {
        QCOMPARE(chart->chart()->theme(), QChart::ChartThemeLight);
        QCOMPARE(chart->chart()->backgroundBrush().color(), lightPalette().color(QPalette::Base));
    }
    QCOMPARE(m_view->weeklyChart()->actualSet()->color(), lightPalette().color(QPalette::Highlight));
    const QColor lightEmpty = m_view->heatMap()->levelColor(0);

    m_view->setPalette(darkPalette());
    for (ProgressChart *chart : charts) {
        QCOMPARE(chart->chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(chart->chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
        for (QAbstractAxis *axis : chart->chart()->axes())
            QCOMPARE(axis->labelsColor(), darkPalette().color(QPalette::Text));
    }
    // The series keep colours of their own after the theme changed.
    QCOMPARE(m_view->weeklyChart()->actualSet()->color(), darkPalette().color(QPalette::Highlight));
    QCOMPARE(m_view->checklistChart()->stageSet(0)->color(), StageColors::color(0, darkPalette()));
    QVERIFY(m_view->heatMap()->levelColor(0).lightness() < lightEmpty.lightness());

    m_view->setPalette(lightPalette());
    for (ProgressChart *chart : charts)
        QCOMPARE(chart->chart()->theme(), QChart::ChartThemeLight);
}

void TestProgressView::chineseAxes()
{
    openSession();
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    m_view->setData(knownData(), knownSchedule());
    QCOMPARE(m_view->burnUpChart()->dateAxis()->categoriesLabels(), QStringList{QStringLiteral("2027年1月")});
    QCOMPARE(m_view->weeklyChart()->weekAxis()->categoriesLabels(),
             (QStringList{QStringLiteral("12/21"), QStringLiteral("12/28"), QStringLiteral("1/4")}));
    QVERIFY(m_view->summaryLabel()->text().contains(QStringLiteral("2027年9月1日")));
    QCOMPARE(m_view->heatMap()->data().months.constLast().text, QLocale().standaloneMonthName(1, QLocale::ShortFormat));
}

void TestProgressView::inTheMainWindow()
{
    openSession();
    m_view.reset();
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->resize(1300, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("view_progressView"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Progress"));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_5));
    QVERIFY(!action->icon().isNull());
    QVERIFY(!m_window->findChild<ProgressView *>(QStringLiteral("progressView"))); // made when first shown

    // Three hours on Monday and Tuesday of this week, one in the week before.
    put(d(2027, 1, 4), 18, 20);
    put(d(2027, 1, 5), 9, 10);
    put(d(2026, 12, 30), 20, 21);
    action->trigger();
    auto *view = m_window->findChild<ProgressView *>(QStringLiteral("progressView"));
    QVERIFY(view && view->isVisible());
    QVERIFY(!view->isStale());
    const Progress::Data &data = view->data();
    QVERIFY(!data.weeks.isEmpty());
    QCOMPARE(data.weeks.constLast().monday, d(2027, 1, 4));
    QCOMPARE(data.weeks.constLast().actualHours, 3.0);
    const WeeklyChart *weekly = view->weeklyChart();
    QCOMPARE(weekly->actualSet()->count(), int(data.weeks.size()));
    QCOMPARE(weekly->actualSet()->at(weekly->actualSet()->count() - 1), 3.0);
    QCOMPARE(weekly->actualSet()->at(weekly->actualSet()->count() - 2), 1.0);
    // The calendar: today without study yet, the streak counts up to yesterday.
    QCOMPARE(view->heatMap()->data().cells.constLast().date, d(2027, 1, 6));
    QCOMPARE(data.calendar.streak, 2);
    QCOMPARE(view->streakLabel()->text(), ChartData::streakText(data.calendar));
    QCOMPARE(view->summaryLabel()->text(), ChartData::summary(data.forecasts, QLocale()));
    QCOMPARE(view->checklistChart()->bars()->count(), int(m_session->plan().plan().stages.size()));
}

void TestProgressView::recomputedOnlyWhileVisible()
{
    openSession();
    m_view.reset();
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->findChild<QAction *>(QStringLiteral("view_progressView"))->trigger();
    auto *view = m_window->findChild<ProgressView *>(QStringLiteral("progressView"));
    QVERIFY(view && view->isVisible());
    QSignalSpy refreshed(view, &ProgressView::refreshed);

    // Visible: a new entry is counted at once.
    put(d(2027, 1, 6), 8, 10);
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(view->data().weeks.constLast().actualHours, 2.0);

    // Hidden: nothing is computed, the view is only stale...
    m_window->findChild<QAction *>(QStringLiteral("view_logView"))->trigger();
    QVERIFY(!view->isVisible());
    put(d(2027, 1, 5), 8, 9);
    put(d(2027, 1, 5), 10, 11);
    QCOMPARE(refreshed.size(), 1);
    QVERIFY(view->isStale());
    QCOMPARE(view->data().weeks.constLast().actualHours, 2.0);

    // ...until it is shown again: once.
    m_window->findChild<QAction *>(QStringLiteral("view_progressView"))->trigger();
    QCOMPARE(refreshed.size(), 2);
    QVERIFY(!view->isStale());
    QCOMPARE(view->data().weeks.constLast().actualHours, 4.0);
    QCOMPARE(view->weeklyChart()->actualSet()->at(view->weeklyChart()->actualSet()->count() - 1), 4.0);

    // A ticked item changes the checklists while visible.
    QString error;
    const Roadmap &roadmap = m_session->document().roadmap();
    QString assessment;
    for (const Section &section : roadmap.stages.constFirst().sections) {
        for (const Item &item : section.items) {
            if (item.kind == ItemKind::Assessment && assessment.isEmpty())
                assessment = item.key;
        }
    }
    QVERIFY(!assessment.isEmpty());
    const int before = view->data().checklists.constFirst().ticked;
    QVERIFY2(m_session->roadmaps().setItemDone(m_session->document().roadmapId(), assessment, true, &error),
             qPrintable(error));
    QCOMPARE(refreshed.size(), 3);
    QCOMPARE(view->data().checklists.constFirst().ticked, before + 1);
}

QTEST_MAIN(TestProgressView)
#include "tst_progressview.moc"
