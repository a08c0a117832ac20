// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "availability/availabilitydialog.h"

#include "availability/availabilityeditor.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AvailabilityDialog::AvailabilityDialog(Mode mode, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_editor(new AvailabilityEditor(this)), m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("availabilityDialog"));
    auto *layout = new QVBoxLayout(this);
    if (m_mode == Mode::FirstRun) {
        m_heading = new QLabel(this);
        m_heading->setObjectName(QStringLiteral("availabilityHeading"));
        QFont font = m_heading->font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        font.setBold(true);
        m_heading->setFont(font);
        m_explanation = new QLabel(this);
        m_explanation->setObjectName(QStringLiteral("availabilityExplanation"));
        m_explanation->setWordWrap(true);
        layout->addWidget(m_heading);
        layout->addWidget(m_explanation);
        layout->addSpacing(6);
        m_acceptButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
        m_rejectButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    } else {
        m_buttons->setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        m_acceptButton = m_buttons->button(QDialogButtonBox::Ok);
        m_rejectButton = m_buttons->button(QDialogButtonBox::Cancel);
    }
    m_acceptButton->setDefault(true);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &AvailabilityEditor::changed, this, &AvailabilityDialog::updateButtons);

    retranslate();
    updateButtons();
}

void AvailabilityDialog::setAvailability(const Availability &availability)
{
    m_editor->setAvailability(availability);
}

Availability AvailabilityDialog::availability() const
{
    return m_editor->availability().value_or(Availability());
}

void AvailabilityDialog::setPlanBudget(double hours)
{
    m_editor->setPlanBudget(hours);
}

void AvailabilityDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

// Word-wrapped labels make the first size a guess, which a small screen caps further: give the
// fields the height they need at the width chosen.
void AvailabilityDialog::showEvent(QShowEvent *event)
{
    if (!m_sized) {
        m_sized = true;
        layout()->activate();
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > height()) {
            resize(width(), needed);
        }
    }
    QDialog::showEvent(event);
}

void AvailabilityDialog::retranslate()
{
    if (m_mode == Mode::FirstRun) {
        setWindowTitle(tr("Availability"));
        m_heading->setText(tr("When can you study?"));
        m_explanation->setText(
            tr("Study blocks are planned only in the times you give here, so that the plan fits "
               "your week. Below is a suggestion that gives the hours your plan asks for; change "
               "it to suit you. You can change it at any time under Settings → Availability… in the menu."));
        m_acceptButton->setText(tr("&Use This"));
        m_rejectButton->setText(tr("S&kip for Now"));
    } else {
        setWindowTitle(tr("Availability"));
    }
}

void AvailabilityDialog::updateButtons()
{
    m_acceptButton->setEnabled(m_editor->isValid());
}
