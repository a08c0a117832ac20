// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "availability/availabilityeditor.h"

#include "common/messagebar.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace {

enum ExceptionColumn { DateColumn, DayOffColumn, ExtraColumn, ColumnCount };

QString dayName(int day) // 0 = Monday
{
    return QLocale().dayName(day + 1, QLocale::LongFormat);
}

// Hours with one decimal, as in "12.5 h".
QString hoursText(double hours)
{
    return QLocale().toString(std::round(hours * 10.0) / 10.0, 'f', 1);
}

QSpinBox *minutesSpinBox(int minimum, int maximum, int step, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(minimum, maximum);
    spin->setSingleStep(step);
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

} // namespace

AvailabilityEditor::AvailabilityEditor(QWidget *parent)
    : QWidget(parent), m_weekBox(new QGroupBox(this)), m_copyMonday(new QPushButton(this)),
      m_templateLabel(new QLabel(this)), m_templateEdit(new QLineEdit(this)), m_rulesBox(new QGroupBox(this)),
      m_minBlockLabel(new QLabel(this)), m_maxBlockLabel(new QLabel(this)), m_breakLabel(new QLabel(this)),
      m_dailyMaxLabel(new QLabel(this)), m_minBlock(minutesSpinBox(5, 240, 5, this)),
      m_maxBlock(minutesSpinBox(5, 480, 5, this)), m_break(minutesSpinBox(0, 120, 5, this)),
      m_dailyMax(minutesSpinBox(15, 24 * 60, 15, this)), m_exceptionsBox(new QGroupBox(this)),
      m_exceptions(new QTableWidget(0, ColumnCount, this)), m_addException(new QPushButton(this)),
      m_removeException(new QPushButton(this)), m_summary(new QLabel(this)), m_messageBar(new MessageBar(this))
{
    setObjectName(QStringLiteral("availabilityEditor"));
    m_copyMonday->setObjectName(QStringLiteral("copyMonday"));
    m_templateEdit->setObjectName(QStringLiteral("templateEdit"));
    m_minBlock->setObjectName(QStringLiteral("minBlock"));
    m_maxBlock->setObjectName(QStringLiteral("maxBlock"));
    m_break->setObjectName(QStringLiteral("breakMinutes"));
    m_dailyMax->setObjectName(QStringLiteral("dailyMaximum"));
    m_exceptions->setObjectName(QStringLiteral("exceptions"));
    m_addException->setObjectName(QStringLiteral("addException"));
    m_removeException->setObjectName(QStringLiteral("removeException"));
    m_summary->setObjectName(QStringLiteral("availabilitySummary"));
    m_messageBar->setObjectName(QStringLiteral("availabilityMessage"));

    // The weekly template, in the locale's week order.
    auto *weekForm = new QFormLayout;
    const int firstDay = int(QLocale().firstDayOfWeek()) - 1;
    for (int i = 0; i < 7; ++i) {
        const int day = (firstDay + i) % 7;
        m_dayLabels[day] = new QLabel(m_weekBox);
        m_dayEdits[day] = new QLineEdit(m_weekBox);
        m_dayEdits[day]->setObjectName(QStringLiteral("dayEdit%1").arg(day));
        m_dayEdits[day]->setClearButtonEnabled(true);
        m_dayEdits[day]->setMinimumWidth(
            m_dayEdits[day]->fontMetrics().horizontalAdvance(QStringLiteral("00:00-00:00 00:00-00:00")) + 40);
        m_dayLabels[day]->setBuddy(m_dayEdits[day]);
        weekForm->addRow(m_dayLabels[day], m_dayEdits[day]);
        connect(m_dayEdits[day], &QLineEdit::textChanged, this, [this, day] { onDayEdited(day); });
    }
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch();
    copyRow->addWidget(m_copyMonday);
    weekForm->addRow(copyRow);
    m_weekBox->setLayout(weekForm);
    m_templateLabel->setBuddy(m_templateEdit);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templateLabel);
    templateRow->addWidget(m_templateEdit, 1);

    auto *rulesForm = new QFormLayout;
    rulesForm->addRow(m_minBlockLabel, m_minBlock);
    rulesForm->addRow(m_maxBlockLabel, m_maxBlock);
    rulesForm->addRow(m_breakLabel, m_break);
    rulesForm->addRow(m_dailyMaxLabel, m_dailyMax);
    m_rulesBox->setLayout(rulesForm);
    const std::pair<QLabel *, QSpinBox *> rules[] = {{m_minBlockLabel, m_minBlock},
                                                     {m_maxBlockLabel, m_maxBlock},
                                                     {m_breakLabel, m_break},
                                                     {m_dailyMaxLabel, m_dailyMax}};
    for (const auto &[label, spin] : rules) {
        label->setBuddy(spin);
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (!m_updating) {
                edited();
            }
        });
    }

    m_exceptions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_exceptions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_exceptions->verticalHeader()->hide();
    QDateEdit sample(QDate(2000, 12, 28));
    sample.setCalendarPopup(true);
    m_exceptions->setColumnWidth(DateColumn, sample.sizeHint().width() + 8);
    m_exceptions->horizontalHeader()->setSectionResizeMode(DayOffColumn, QHeaderView::ResizeToContents);
    m_exceptions->horizontalHeader()->setStretchLastSection(true);
    m_exceptions->verticalHeader()->setDefaultSectionSize(sample.sizeHint().height() + 2);
    // Room for three rows at first; more rows scroll.
    m_exceptions->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_exceptions->setMinimumHeight(m_exceptions->horizontalHeader()->sizeHint().height()
                                   + 3 * m_exceptions->verticalHeader()->defaultSectionSize()
                                   + 2 * m_exceptions->frameWidth());
    m_removeException->setEnabled(false);
    auto *exceptionButtons = new QVBoxLayout;
    exceptionButtons->addWidget(m_addException);
    exceptionButtons->addWidget(m_removeException);
    exceptionButtons->addStretch();
    auto *exceptionsLayout = new QHBoxLayout;
    exceptionsLayout->addWidget(m_exceptions, 1);
    exceptionsLayout->addLayout(exceptionButtons);
    m_exceptionsBox->setLayout(exceptionsLayout);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_weekBox, 0, 0, 2, 1);
    layout->addWidget(m_rulesBox, 0, 1);
    layout->setRowStretch(1, 1);
    layout->addLayout(templateRow, 2, 0, 1, 2);
    layout->addWidget(m_exceptionsBox, 3, 0, 1, 2);
    layout->addWidget(m_summary, 4, 0, 1, 2);
    layout->addWidget(m_messageBar, 5, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);

    connect(m_templateEdit, &QLineEdit::textChanged, this, &AvailabilityEditor::onTemplateEdited);
    connect(m_copyMonday, &QPushButton::clicked, this, &AvailabilityEditor::copyMondayToWeekdays);
    connect(m_addException, &QPushButton::clicked, this, &AvailabilityEditor::addException);
    connect(m_removeException, &QPushButton::clicked, this, &AvailabilityEditor::removeExceptions);
    connect(m_exceptions, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeException->setEnabled(m_exceptions->selectionModel()->hasSelection()); });

    retranslate();
    setAvailability(Availability());
}

void AvailabilityEditor::setAvailability(const Availability &availability)
{
    m_updating = true;
    for (int d = 0; d < 7; ++d) {
        m_dayEdits[d]->setText(AvailabilityText::formatWindows(availability.weekly[d]));
        m_dayErrors[d].clear();
        setFieldError(m_dayEdits[d], QString());
    }
    m_templateEdit->setText(AvailabilityText::format(availability));
    m_templateError.clear();
    setFieldError(m_templateEdit, QString());
    m_minBlock->setValue(availability.minBlockMinutes);
    m_maxBlock->setValue(availability.maxBlockMinutes);
    m_break->setValue(availability.breakMinutes);
    m_dailyMax->setValue(availability.maxMinutesPerDay);
    m_exceptions->setRowCount(0);
    for (const DateException &exception : availability.exceptions) {
        addExceptionRow(exception);
    }
    m_updating = false;
    edited();
}

std::optional<Availability> AvailabilityEditor::availability(QString *error) const
{
    const auto fail = [error](const QString &message) -> std::optional<Availability> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    Availability result;
    const int firstDay = int(QLocale().firstDayOfWeek()) - 1;
    for (int i = 0; i < 7; ++i) {
        const int day = (firstDay + i) % 7;
        QString dayError;
        const std::optional<QList<TimeWindow>> windows =
            AvailabilityText::parseWindows(m_dayEdits[day]->text(), &dayError);
        if (!windows) {
            return fail(tr("%1: %2").arg(dayName(day), dayError));
        }
        result.weekly[day] = *windows;
    }
    if (!m_templateError.isEmpty()) {
        return fail(tr("Whole week: %1").arg(m_templateError));
    }
    for (int row = 0; row < m_exceptions->rowCount(); ++row) {
        DateException exception;
        exception.date = static_cast<QDateEdit *>(m_exceptions->cellWidget(row, DateColumn))->date();
        exception.dayOff = m_exceptions->cellWidget(row, DayOffColumn)->findChild<QCheckBox *>()->isChecked();
        if (!exception.dayOff) {
            QString extraError;
            const std::optional<QList<TimeWindow>> extra = AvailabilityText::parseWindows(
                static_cast<QLineEdit *>(m_exceptions->cellWidget(row, ExtraColumn))->text(), &extraError);
            if (!extra) {
                return fail(tr("Exception on %1: %2")
                                .arg(QLocale().toString(exception.date, QLocale::ShortFormat), extraError));
            }
            exception.extra = *extra;
        }
        result.exceptions.append(exception);
    }
    result.minBlockMinutes = m_minBlock->value();
    result.maxBlockMinutes = m_maxBlock->value();
    result.breakMinutes = m_break->value();
    result.maxMinutesPerDay = m_dailyMax->value();
    if (result.minBlockMinutes > result.maxBlockMinutes) {
        return fail(tr("The shortest block (%1 min) is longer than the longest block (%2 min).")
                        .arg(result.minBlockMinutes)
                        .arg(result.maxBlockMinutes));
    }
    return result;
}

bool AvailabilityEditor::isValid() const
{
    return availability().has_value();
}

void AvailabilityEditor::setPlanBudget(double hours)
{
    m_planBudget = hours;
    updateSummary();
}

QString AvailabilityEditor::summaryText() const
{
    return m_messageBar->isVisibleTo(this) ? m_messageBar->text() : m_summary->text();
}

bool AvailabilityEditor::summaryIsWarning() const
{
    return m_messageBar->isVisibleTo(this) && m_messageBar->type() == MessageBar::Type::Warning;
}

void AvailabilityEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

// A click into a row's date, check box or text selects that row, so that Remove knows it.
bool AvailabilityEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (int row = 0; row < m_exceptions->rowCount(); ++row) {
            for (int column = 0; column < ColumnCount; ++column) {
                QWidget *cell = m_exceptions->cellWidget(row, column);
                if (cell && (cell == watched || cell->isAncestorOf(qobject_cast<QWidget *>(watched)))) {
                    m_exceptions->selectRow(row);
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AvailabilityEditor::retranslate()
{
    m_weekBox->setTitle(tr("Weekly template"));
    for (int d = 0; d < 7; ++d) {
        m_dayLabels[d]->setText(tr("%1:").arg(dayName(d)));
        m_dayEdits[d]->setPlaceholderText(tr("none"));
        m_dayEdits[d]->setAccessibleName(dayName(d));
    }
    m_copyMonday->setText(tr("&Copy %1 to %2–%3").arg(dayName(0), dayName(1), dayName(4)));
    m_copyMonday->setToolTip(tr("Copy the windows of %3 to %1–%2").arg(dayName(1), dayName(4), dayName(0)));
    m_templateLabel->setText(tr("Whole week as one l&ine:"));
    m_templateEdit->setPlaceholderText(tr("e.g. mon-fri 19:30-21:30, sat 09:00-12:00 14:00-16:00, sun off"));

    m_rulesBox->setTitle(tr("Study blocks"));
    m_minBlockLabel->setText(tr("&Shortest block:"));
    m_maxBlockLabel->setText(tr("Lon&gest block:"));
    m_breakLabel->setText(tr("&Break between blocks:"));
    m_dailyMaxLabel->setText(tr("Daily ma&ximum:"));
    for (QSpinBox *spin : {m_minBlock, m_maxBlock, m_break, m_dailyMax}) {
        spin->setSuffix(tr(" min", "minutes"));
    }
    m_dailyMax->setToolTip(tr("At most this many minutes of study blocks on one day"));

    m_exceptionsBox->setTitle(tr("Date exceptions"));
    m_exceptions->setHorizontalHeaderLabels({tr("Date"), tr("Day off"), tr("Extra windows")});
    m_addException->setText(tr("&Add Exception"));
    m_removeException->setText(tr("&Remove"));
    m_exceptions->setAccessibleName(tr("Date exceptions"));
    for (int row = 0; row < m_exceptions->rowCount(); ++row) {
        m_exceptions->cellWidget(row, DayOffColumn)->findChild<QCheckBox *>()->setAccessibleName(tr("Day off"));
        static_cast<QLineEdit *>(m_exceptions->cellWidget(row, ExtraColumn))
            ->setPlaceholderText(tr("e.g. 14:00-16:00"));
    }
    if (!m_updating) {
        updateSummary();
    }
}

void AvailabilityEditor::onDayEdited(int day)
{
    if (m_updating) {
        return;
    }
    QString error;
    const bool valid = AvailabilityText::parseWindows(m_dayEdits[day]->text(), &error).has_value();
    m_dayErrors[day] = valid ? QString() : error;
    setFieldError(m_dayEdits[day], m_dayErrors[day]);
    const bool allDaysValid =
        std::all_of(std::begin(m_dayErrors), std::end(m_dayErrors), [](const QString &e) { return e.isEmpty(); });
    if (allDaysValid) {
        Availability week;
        for (int d = 0; d < 7; ++d) {
            week.weekly[d] = *AvailabilityText::parseWindows(m_dayEdits[d]->text(), nullptr);
        }
        m_updating = true;
        m_templateEdit->setText(AvailabilityText::format(week));
        m_templateError.clear();
        setFieldError(m_templateEdit, QString());
        m_updating = false;
    }
    edited();
}

void AvailabilityEditor::onTemplateEdited()
{
    if (m_updating) {
        return;
    }
    QString error;
    const std::optional<Availability> week = AvailabilityText::parse(m_templateEdit->text(), &error);
    m_templateError = week ? QString() : error;
    setFieldError(m_templateEdit, m_templateError);
    if (week) {
        m_updating = true;
        for (int d = 0; d < 7; ++d) {
            m_dayEdits[d]->setText(AvailabilityText::formatWindows(week->weekly[d]));
            m_dayErrors[d].clear();
            setFieldError(m_dayEdits[d], QString());
        }
        m_updating = false;
    }
    edited();
}

void AvailabilityEditor::onExceptionsEdited()
{
    if (m_updating) {
        return;
    }
    for (int row = 0; row < m_exceptions->rowCount(); ++row) {
        const bool dayOff = m_exceptions->cellWidget(row, DayOffColumn)->findChild<QCheckBox *>()->isChecked();
        auto *extra = static_cast<QLineEdit *>(m_exceptions->cellWidget(row, ExtraColumn));
        extra->setEnabled(!dayOff);
        QString error;
        const bool valid = dayOff || AvailabilityText::parseWindows(extra->text(), &error).has_value();
        setFieldError(extra, valid ? QString() : error);
    }
    edited();
}

void AvailabilityEditor::copyMondayToWeekdays()
{
    const QString monday = m_dayEdits[0]->text();
    for (int d = 1; d <= 4; ++d) {
        m_dayEdits[d]->setText(monday);
    }
}

void AvailabilityEditor::addException()
{
    DateException exception;
    exception.date = QDate::currentDate();
    for (int row = 0; row < m_exceptions->rowCount(); ++row) {
        const QDate taken = static_cast<QDateEdit *>(m_exceptions->cellWidget(row, DateColumn))->date();
        if (taken >= exception.date) {
            exception.date = taken.addDays(1);
        }
    }
    const int row = addExceptionRow(exception);
    m_exceptions->selectRow(row);
    m_exceptions->cellWidget(row, DateColumn)->setFocus();
    edited();
}

void AvailabilityEditor::removeExceptions()
{
    QList<int> rows;
    for (const QModelIndex &index : m_exceptions->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows)) {
        m_exceptions->removeRow(row);
    }
    onExceptionsEdited();
}

int AvailabilityEditor::addExceptionRow(const DateException &exception)
{
    const int row = m_exceptions->rowCount();
    m_exceptions->insertRow(row);

    auto *date = new QDateEdit(exception.date);
    date->setCalendarPopup(true);
    date->setFrame(false);
    date->setAccessibleName(tr("Date"));
    connect(date, &QDateEdit::dateChanged, this, &AvailabilityEditor::onExceptionsEdited);

    auto *dayOffCell = new QWidget;
    auto *dayOff = new QCheckBox(dayOffCell);
    dayOff->setChecked(exception.dayOff);
    dayOff->setAccessibleName(tr("Day off"));
    auto *dayOffLayout = new QHBoxLayout(dayOffCell);
    dayOffLayout->setContentsMargins(0, 0, 0, 0);
    dayOffLayout->addWidget(dayOff, 0, Qt::AlignCenter);
    connect(dayOff, &QCheckBox::toggled, this, &AvailabilityEditor::onExceptionsEdited);

    auto *extra = new QLineEdit(AvailabilityText::formatWindows(exception.extra));
    extra->setFrame(false);
    extra->setPlaceholderText(tr("e.g. 14:00-16:00"));
    extra->setAccessibleName(tr("Extra windows"));
    extra->setEnabled(!exception.dayOff);
    connect(extra, &QLineEdit::textChanged, this, &AvailabilityEditor::onExceptionsEdited);

    m_exceptions->setCellWidget(row, DateColumn, date);
    m_exceptions->setCellWidget(row, DayOffColumn, dayOffCell);
    m_exceptions->setCellWidget(row, ExtraColumn, extra);
    for (QWidget *w : {static_cast<QWidget *>(date), static_cast<QWidget *>(dayOff), static_cast<QWidget *>(extra)}) {
        w->installEventFilter(this);
    }
    return row;
}

// An invalid field gets a red tint (over the palette's base colour, so that dark palettes work too)
// and the error as tool tip.
void AvailabilityEditor::setFieldError(QLineEdit *edit, const QString &error)
{
    edit->setToolTip(error);
    edit->setAccessibleDescription(error);
    if (error.isEmpty()) {
        edit->setPalette(QPalette());
        return;
    }
    QPalette pal = edit->parentWidget() ? edit->parentWidget()->palette() : edit->palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor accent(0xda, 0x44, 0x53);
    QColor tint;
    tint.setRgbF(base.redF() * 0.75 + accent.redF() * 0.25, base.greenF() * 0.75 + accent.greenF() * 0.25,
                 base.blueF() * 0.75 + accent.blueF() * 0.25);
    pal.setColor(QPalette::Base, tint);
    edit->setPalette(pal);
}

void AvailabilityEditor::updateSummary()
{
    QString error;
    const std::optional<Availability> a = availability(&error);
    if (!a) {
        m_summary->hide();
        m_messageBar->showMessage(error, MessageBar::Type::Error);
    } else {
        const QString available = hoursText(a->weeklyHours());
        const double placeable = a->placeableWeeklyHours();
        const QString placed = hoursText(placeable);
        if (m_planBudget <= 0) {
            m_summary->setText(tr("Available: %1 h a week (placeable in blocks: %2 h).").arg(available, placed));
            m_messageBar->hide();
            m_summary->show();
        } else if (std::lround(m_planBudget * 60) > std::lround(placeable * 60)) {
            m_summary->hide();
            m_messageBar->showMessage(tr("Available: %1 h a week (placeable in blocks: %2 h). Your plan asks for up "
                                         "to %3 h a week: add time windows, or allow longer blocks or more a day.")
                                          .arg(available, placed, hoursText(m_planBudget)),
                                      MessageBar::Type::Warning);
        } else {
            m_summary->setText(
                tr("Available: %1 h a week (placeable in blocks: %2 h). Your plan asks for up to %3 h a week.")
                    .arg(available, placed, hoursText(m_planBudget)));
            m_messageBar->hide();
            m_summary->show();
        }
    }
}

void AvailabilityEditor::edited()
{
    updateSummary();
    Q_EMIT changed();
}
