// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/logview.h"

#include "common/icons.h"
#include "common/messagebar.h"
#include "log/entrydialog.h"
#include "log/logdocument.h"
#include "log/logexchange.h"
#include "log/logmodel.h"
#include "roadmap/roadmapdocument.h"
#include "session.h"
#include "storage/database.h"
#include "storage/entryrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

LogView::LogView(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_document(LogDocument::of(session)),
      m_model(new LogModel(session.entries(), this)), m_messageBar(new MessageBar(this)),
      m_rangeCheck(new QCheckBox(this)), m_from(new QDateEdit(this)), m_toLabel(new QLabel(this)),
      m_to(new QDateEdit(this)), m_stageFilter(new QComboBox(this)), m_textFilter(new QLineEdit(this)),
      m_table(new QTableView(this)), m_totals(new QLabel(this)), m_add(new QPushButton(this)),
      m_edit(new QPushButton(this)), m_split(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_export(new QPushButton(this)), m_import(new QPushButton(this))
{
    setObjectName(QStringLiteral("logView"));
    m_rangeCheck->setObjectName(QStringLiteral("rangeCheck"));
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_stageFilter->setObjectName(QStringLiteral("stageFilter"));
    m_textFilter->setObjectName(QStringLiteral("textFilter"));
    m_textFilter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_add->setObjectName(QStringLiteral("addButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_split->setObjectName(QStringLiteral("splitButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_add->setIcon(Icons::themed(QStringLiteral("list-add")));
    m_edit->setIcon(Icons::themed(QStringLiteral("document-edit")));
    m_delete->setIcon(Icons::themed(QStringLiteral("edit-delete")));
    m_export->setIcon(Icons::themed(QStringLiteral("document-export")));
    m_import->setIcon(Icons::themed(QStringLiteral("document-import")));

    const QDate today = session.clock().now().toTimeZone(session.timeZone()).date();
    m_from->setDate(today.addDays(-29));
    m_to->setDate(today);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_rangeCheck);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_stageFilter);
    filters->addWidget(m_textFilter, 1);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_split, m_delete})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_totals);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_import);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LogModel::DateColumn, Qt::DescendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_rangeCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &LogView::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &LogView::applyFilter);
    connect(m_stageFilter, &QComboBox::currentIndexChanged, this, &LogView::applyFilter);
    connect(m_textFilter, &QLineEdit::textChanged, this, &LogView::applyFilter);
    connect(m_add, &QPushButton::clicked, this, &LogView::addEntry);
    connect(m_edit, &QPushButton::clicked, this, &LogView::editEntry);
    connect(m_split, &QPushButton::clicked, this, &LogView::splitEntry);
    connect(m_delete, &QPushButton::clicked, this, &LogView::deleteEntries);
    connect(m_export, &QPushButton::clicked, this, &LogView::exportCsv);
    connect(m_import, &QPushButton::clicked, this, &LogView::importCsv);
    connect(m_table, &QTableView::doubleClicked, this, &LogView::editEntry);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogView::updateTotals);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogView::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LogView::updateButtons);
    connect(&m_document, &LogDocument::refused, this,
            [this](const QString &message) { m_messageBar->showMessage(message, MessageBar::Type::Error); });
    connect(&session.document(), &RoadmapDocument::reset, this, [this] {
        fillStages();
        m_model->setRoadmap(m_session.document().roadmapId(), &m_session.document().roadmap());
    });

    retranslate();
    fillStages();
    m_model->setRoadmap(session.document().roadmapId(), &session.document().roadmap());
    m_table->resizeColumnsToContents();
    updateButtons();
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LogView::retranslate()
{
    m_rangeCheck->setText(tr("&Dates:"));
    m_rangeCheck->setToolTip(tr("Show only the entries of a date range"));
    m_toLabel->setText(tr("to"));
    m_textFilter->setPlaceholderText(tr("Search the notes"));
    m_add->setText(tr("&Add…"));
    m_add->setToolTip(tr("Add an entry by hand"));
    m_edit->setText(tr("&Edit…"));
    m_split->setText(tr("S&plit…"));
    m_split->setToolTip(tr("Split the selected entry in two at a time you choose"));
    m_delete->setText(tr("&Delete"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Save the entries of the filter as a CSV file"));
    m_import->setText(tr("&Import CSV…"));
    m_import->setToolTip(tr("Add the entries of a CSV file, after a preview"));
    if (m_stageFilter->count() > 0)
        m_stageFilter->setItemText(0, tr("All stages"));
    updateTotals();
}

void LogView::fillStages()
{
    const QString current = m_stageFilter->currentData().toString();
    const QSignalBlocker blocker(m_stageFilter);
    m_stageFilter->clear();
    m_stageFilter->addItem(tr("All stages"), QString());
    for (const Stage &stage : m_session.document().roadmap().stages)
        m_stageFilter->addItem(stage.title, stage.key);
    m_stageFilter->setCurrentIndex(std::max(m_stageFilter->findData(current), 0));
}

void LogView::applyFilter()
{
    EntryRepository::Filter filter;
    if (m_rangeCheck->isChecked()) {
        const QTimeZone zone = m_session.timeZone();
        filter.from = QDateTime(m_from->date(), QTime(0, 0), zone);
        filter.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), zone);
    }
    filter.stageKey = m_stageFilter->currentData().toString();
    filter.text = m_textFilter->text().trimmed();
    m_model->setFilter(filter);
}

void LogView::updateTotals()
{
    QString error;
    const std::optional<qint64> seconds =
        m_session.entries().totalSeconds(m_model->roadmapId(), m_model->filter(), &error);
    if (!seconds) {
        m_totals->setText(error);
        return;
    }
    const qint64 minutes = (*seconds + 30) / 60;
    m_totals->setText(tr("%n entry(s), %1 h %2 min", nullptr, m_model->totalCount())
                          .arg(minutes / 60)
                          .arg(minutes % 60, 2, 10, QLatin1Char('0')));
}

void LogView::updateButtons()
{
    const bool writable = !m_session.database().isReadOnly();
    const int selected = int(selectedRows().size());
    m_add->setEnabled(writable);
    m_import->setEnabled(writable);
    m_edit->setEnabled(writable && selected == 1);
    m_split->setEnabled(writable && selected == 1);
    m_delete->setEnabled(writable && selected > 0);
}

QList<int> LogView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void LogView::addEntry()
{
    EntryDialog dialog(m_session.document().roadmap(), m_session.timeZone(), this);
    TimeEntry initial = dialog.entry();
    const QDateTime now = m_session.clock().now().toTimeZone(m_session.timeZone());
    initial.start = QDateTime(now.date(), QTime(now.time().hour(), 0), m_session.timeZone()).addSecs(-3600);
    initial.end = initial.start.addSecs(3600);
    if (const QString stage = m_stageFilter->currentData().toString(); !stage.isEmpty())
        initial.stageKey = stage;
    dialog.setEntry(initial);
    if (dialog.exec() != QDialog::Accepted)
        return;
    TimeEntry entry = dialog.entry();
    entry.source = TimeEntry::Source::Manual;
    if (const std::optional<qint64> id = m_document.addEntry(entry)) {
        const int row = m_model->rowOf(*id);
        if (row >= 0)
            m_table->selectRow(row);
    }
}

void LogView::editEntry()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    const TimeEntry before = m_model->entry(rows.constFirst());
    EntryDialog dialog(m_session.document().roadmap(), m_session.timeZone(), this);
    dialog.setEntry(before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_document.editEntry(dialog.entry())) {
        const int row = m_model->rowOf(before.id);
        if (row >= 0)
            m_table->selectRow(row);
    }
}

void LogView::splitEntry()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    const TimeEntry entry = m_model->entry(rows.constFirst());
    if (entry.isOpen() || entry.seconds() < 120) {
        m_messageBar->showMessage(tr("This entry is too short to split."), MessageBar::Type::Warning);
        return;
    }
    const QTimeZone zone = QTimeZone(entry.offsetMinutes * 60);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("splitDialog"));
    dialog.setWindowTitle(tr("Split Entry"));
    // The edit shows the entry's own wall-clock time; it holds it as UTC so that no zone shifts it.
    const auto wall = [&zone](const QDateTime &instant) {
        const QDateTime local = instant.toTimeZone(zone);
        return QDateTime(local.date(), local.time(), Qt::UTC);
    };
    auto *at = new QDateTimeEdit(&dialog);
    at->setObjectName(QStringLiteral("splitTimeEdit"));
    at->setTimeSpec(Qt::UTC);
    at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    at->setDateTimeRange(wall(entry.start.addSecs(60)), wall(entry.end->addSecs(-60)));
    const qint64 middle = entry.seconds() / 2 / 60 * 60;
    at->setDateTime(wall(entry.start.addSecs(middle)));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Split &at:"), at);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDateTime chosen = at->dateTime();
    m_document.splitEntry(entry.id, QDateTime(chosen.date(), chosen.time(), zone));
}

void LogView::deleteEntries()
{
    QList<qint64> ids;
    for (const int row : selectedRows())
        ids.append(m_model->entry(row).id);
    m_document.deleteEntries(ids);
}

void LogView::exportCsv()
{
    QString message;
    bool failed = false;
    if (LogExchange::exportDialog(m_document, m_model->filter(), this, &message, &failed) || failed)
        m_messageBar->showMessage(message, failed ? MessageBar::Type::Error : MessageBar::Type::Information);
}

void LogView::importCsv()
{
    QString message;
    bool failed = false;
    LogExchange::importDialog(m_document, this, &message, &failed);
    if (!message.isEmpty())
        m_messageBar->showMessage(message, failed ? MessageBar::Type::Error : MessageBar::Type::Information);
}
