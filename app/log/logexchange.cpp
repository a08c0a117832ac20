// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/logexchange.h"

#include "exchange/entrycsv.h"
#include "log/logdocument.h"
#include "roadmap/roadmapdocument.h"
#include "session.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// Entries are read in chunks: an export of years of history never holds a query open for long.
constexpr int Chunk = 5000;

QString hoursText(qint64 seconds)
{
    return QLocale().toString(double(seconds) / 3600.0, 'f', 1);
}

} // namespace

std::optional<int> LogExchange::exportFile(LogDocument &document, const EntryRepository::Filter &filter,
                                           const QString &path, bool byteOrderMark, QString *error)
{
    EntryRepository &repository = document.session().entries();
    QList<TimeEntry> entries;
    for (;;) {
        const std::optional<QList<TimeEntry>> chunk = repository.entries(
            document.roadmapId(), filter, int(entries.size()), Chunk, EntryRepository::Order::Ascending, error);
        if (!chunk)
            return std::nullopt;
        entries.append(*chunk);
        if (chunk->size() < Chunk)
            break;
    }
    EntryCsv::WriteOptions options;
    options.byteOrderMark = byteOrderMark;
    if (!EntryCsv::writeFile(path, entries, options, error))
        return std::nullopt;
    return int(entries.size());
}

bool LogExchange::exportDialog(LogDocument &document, const EntryRepository::Filter &filter, QWidget *parent,
                               QString *message, bool *failed)
{
    *failed = false;
    const QTimeZone zone = document.session().timeZone();
    const QDate today = document.session().clock().now().toTimeZone(zone).date();
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("exportCsvDialog"));
    dialog.setWindowTitle(tr("Export Study Log"));
    auto *from =
        new QDateEdit(filter.from.isValid() ? filter.from.toTimeZone(zone).date() : today.addDays(-29), &dialog);
    auto *to = new QDateEdit(filter.to.isValid() ? filter.to.toTimeZone(zone).addSecs(-1).date() : today, &dialog);
    from->setObjectName(QStringLiteral("fromEdit"));
    to->setObjectName(QStringLiteral("toEdit"));
    for (QDateEdit *edit : {from, to})
        edit->setCalendarPopup(true);
    auto *bom = new QCheckBox(tr("Add a &byte order mark for spreadsheet programs"), &dialog);
    bom->setObjectName(QStringLiteral("bomCheck"));
    bom->setToolTip(tr("Some spreadsheet programs read the file as UTF-8 only when it begins with this mark"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    form->addRow(bom);
    if (!filter.stageKey.isEmpty() || !filter.text.isEmpty())
        form->addRow(new QLabel(tr("Only the entries of the Log view's stage and text filter are exported."), &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto check = [&] { buttons->button(QDialogButtonBox::Ok)->setEnabled(to->date() >= from->date()); };
    QObject::connect(from, &QDateEdit::dateChanged, &dialog, check);
    QObject::connect(to, &QDateEdit::dateChanged, &dialog, check);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString path =
        QFileDialog::getSaveFileName(parent, tr("Export Study Log"),
                                     QDir::home().filePath(QStringLiteral("study-log.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    EntryRepository::Filter range = filter;
    range.from = QDateTime(from->date(), QTime(0, 0), zone);
    range.to = QDateTime(to->date().addDays(1), QTime(0, 0), zone);
    QString error;
    const std::optional<int> count = exportFile(document, range, path, bom->isChecked(), &error);
    if (!count) {
        *failed = true;
        *message = error;
        return false;
    }
    *message = tr("Saved %n study entry(s) to %1.", nullptr, *count).arg(QDir::toNativeSeparators(path));
    return true;
}

int LogExchange::importDialog(LogDocument &document, QWidget *parent, QString *message, bool *failed)
{
    *failed = false;
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import Study Log"), QDir::homePath(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return 0;
    return importFile(document, path, parent, message, failed);
}

int LogExchange::importFile(LogDocument &document, const QString &path, QWidget *parent, QString *message, bool *failed)
{
    *failed = false;
    message->clear();
    const Roadmap &roadmap = document.session().document().roadmap();
    QStringList stages;
    for (const Stage &stage : roadmap.stages)
        stages.append(stage.key);
    QString error;
    const EntryCsv::ReadResult result = EntryCsv::readFile(path, stages, &error);
    const bool refused = !result.refusals.isEmpty();

    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("csvImportDialog"));
    dialog.setWindowTitle(tr("Import Study Log"));
    dialog.resize(760, 480);
    auto *layout = new QVBoxLayout(&dialog);
    auto *summary = new QLabel(&dialog);
    summary->setObjectName(QStringLiteral("summaryLabel"));
    summary->setWordWrap(true);
    auto *table = new QTableWidget(&dialog);
    table->setObjectName(refused ? QStringLiteral("refusalTable") : QStringLiteral("previewTable"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    if (refused) {
        summary->setText(tr("%1 cannot be imported. Nothing will be added; correct the file and try again.")
                             .arg(QDir::toNativeSeparators(path)));
        table->setColumnCount(2);
        table->setHorizontalHeaderLabels({tr("Line"), tr("Reason")});
        table->setRowCount(int(result.refusals.size()));
        for (int row = 0; row < result.refusals.size(); ++row) {
            const EntryCsv::Refusal &r = result.refusals.at(row);
            table->setItem(row, 0, new QTableWidgetItem(r.line > 0 ? QString::number(r.line) : tr("file")));
            table->setItem(row, 1, new QTableWidgetItem(r.reason));
        }
    } else {
        qint64 seconds = 0;
        for (const TimeEntry &e : result.entries)
            seconds += e.seconds();
        summary->setText(
            tr("%n study entry(s) will be added (%1 h) as one step you can undo.", nullptr, int(result.entries.size()))
                .arg(hoursText(seconds)));
        table->setColumnCount(5);
        table->setHorizontalHeaderLabels({tr("Start"), tr("End"), tr("Stage"), tr("Item"), tr("Note")});
        table->setRowCount(int(result.entries.size()));
        const QLocale locale;
        for (int row = 0; row < result.entries.size(); ++row) {
            const TimeEntry &e = result.entries.at(row);
            const int offset = e.offsetMinutes * 60;
            const Stage *stage = roadmap.stage(e.stageKey);
            const Item *item = e.itemKey.isEmpty() ? nullptr : roadmap.item(e.itemKey);
            table->setItem(
                row, 0, new QTableWidgetItem(locale.toString(e.start.toOffsetFromUtc(offset), QLocale::ShortFormat)));
            table->setItem(
                row, 1,
                new QTableWidgetItem(e.end ? locale.toString(e.end->toOffsetFromUtc(offset), QLocale::ShortFormat)
                                           : QString()));
            table->setItem(row, 2, new QTableWidgetItem(stage ? stage->title : e.stageKey));
            table->setItem(row, 3, new QTableWidgetItem(item ? item->title : e.itemKey));
            table->setItem(row, 4, new QTableWidgetItem(e.note));
        }
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    if (!refused) {
        QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
        import->setObjectName(QStringLiteral("importButton"));
        import->setEnabled(!result.entries.isEmpty());
    }
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || refused) {
        if (refused) {
            *failed = true;
            *message = tr("%1 was not imported: %n row(s) refused.", nullptr, int(result.refusals.size()))
                           .arg(QDir::toNativeSeparators(path));
        }
        return 0;
    }
    if (!document.importEntries(result.entries)) {
        *failed = true;
        *message = document.errorString();
        return 0;
    }
    *message = tr("Imported %n study entry(s) from %1.", nullptr, int(result.entries.size()))
                   .arg(QDir::toNativeSeparators(path));
    return int(result.entries.size());
}
