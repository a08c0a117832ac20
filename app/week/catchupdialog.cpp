// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "week/catchupdialog.h"

#include "roadmap/roadmap.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QVBoxLayout>

CatchUpDialog::CatchUpDialog(const QString &stageTitle, const QList<Scheduler::CatchUpOption> &options,
                             const Roadmap &roadmap, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent), m_options(options), m_roadmap(roadmap), m_zone(zone), m_group(new QButtonGroup(this)),
      m_details(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("catchUpDialog"));
    setWindowTitle(tr("Catch Up"));
    auto *layout = new QVBoxLayout(this);
    const double missed = options.isEmpty() ? 0 : options.constFirst().missedHours;
    auto *heading = new QLabel(
        tr("You missed %1 h of “%2”. How do you want to catch up?").arg(QLocale().toString(missed, 'f', 1), stageTitle),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    for (int i = 0; i < options.size(); ++i) {
        const Scheduler::CatchUpOption &option = options.at(i);
        QString title;
        switch (option.kind) {
        case Scheduler::CatchUpOption::Kind::MoveToFreeTime:
            title = tr("Move the missed hours into free time");
            break;
        case Scheduler::CatchUpOption::Kind::ExtendStage:
            title = tr("Extend the stage");
            break;
        case Scheduler::CatchUpOption::Kind::DropOptionalItems:
            title = tr("Drop optional items");
            break;
        }
        auto *button = new QRadioButton(title, this);
        button->setObjectName(QStringLiteral("catchUpOption%1").arg(i));
        m_group->addButton(button, i);
        layout->addWidget(button);
        const bool nothingToDrop =
            option.kind == Scheduler::CatchUpOption::Kind::DropOptionalItems && option.droppedItemKeys.isEmpty();
        button->setEnabled(!nothingToDrop);
        auto *summary =
            new QLabel(nothingToDrop ? tr("This stage has no optional items left to drop.") : option.summary, this);
        summary->setEnabled(!nothingToDrop);
        summary->setWordWrap(true);
        summary->setContentsMargins(24, 0, 0, 6);
        layout->addWidget(summary);
    }
    m_details->setObjectName(QStringLiteral("catchUpDetails"));
    m_details->setMinimumHeight(120);
    layout->addWidget(m_details, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            showDetails();
    });
    if (!options.isEmpty())
        m_group->button(0)->setChecked(true);
    resize(520, 460);
}

int CatchUpDialog::chosen() const
{
    return m_group->checkedId();
}

// What the chosen option does in detail: the blocks it places or the items it drops.
void CatchUpDialog::showDetails()
{
    const int index = chosen();
    if (index < 0 || index >= m_options.size())
        return;
    const Scheduler::CatchUpOption &option = m_options.at(index);
    const QLocale locale;
    QStringList lines;
    const auto when = [&](const QDateTime &t) {
        return locale.toString(t.toTimeZone(m_zone), QLocale::ShortFormat).toHtmlEscaped();
    };
    for (const Scheduler::Move &move : option.moves) {
        const Item *item = m_roadmap.item(move.to.itemKey);
        const QString end = locale.toString(move.to.end.toTimeZone(m_zone).time(), QLocale::ShortFormat);
        if (item) {
            lines << tr("%1 min missed on %2 → %3 to %4 (%5)")
                         .arg(move.minutes)
                         .arg(when(move.fromStart), when(move.to.start), end, item->title.toHtmlEscaped());
        } else {
            lines << tr("%1 min missed on %2 → %3 to %4")
                         .arg(move.minutes)
                         .arg(when(move.fromStart), when(move.to.start), end);
        }
    }
    for (const QString &key : option.droppedItemKeys) {
        const Item *item = m_roadmap.item(key);
        lines << tr("Dropped: %1").arg((item ? item->title : key).toHtmlEscaped());
    }
    if (option.extendHours > 0)
        lines << tr("The stage's effort grows by %1 h.").arg(locale.toString(option.extendHours, 'f', 1));
    m_details->setHtml(lines.isEmpty()
                           ? QString()
                           : QStringLiteral("<ul><li>%1</li></ul>").arg(lines.join(QStringLiteral("</li><li>"))));
}
