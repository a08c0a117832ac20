// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracking/focusdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QSpinBox *spinBox(const QString &name, int minimum, int maximum, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(minimum, maximum);
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

} // namespace

FocusDialog::FocusDialog(QWidget *parent)
    : QDialog(parent), m_workLabel(new QLabel(this)), m_breakLabel(new QLabel(this)),
      m_longBreakLabel(new QLabel(this)), m_sessionsLabel(new QLabel(this)),
      m_work(spinBox(QStringLiteral("focusWorkMinutes"), FocusSettings::MinWorkMinutes, FocusSettings::MaxWorkMinutes,
                     this)),
      m_break(spinBox(QStringLiteral("focusBreakMinutes"), FocusSettings::MinBreakMinutes,
                      FocusSettings::MaxBreakMinutes, this)),
      m_longBreak(spinBox(QStringLiteral("focusLongBreakMinutes"), FocusSettings::MinLongBreakMinutes,
                          FocusSettings::MaxLongBreakMinutes, this)),
      m_sessions(spinBox(QStringLiteral("focusSessionsBeforeLongBreak"), FocusSettings::MinSessionsBeforeLongBreak,
                         FocusSettings::MaxSessionsBeforeLongBreak, this)),
      m_autoStart(new QCheckBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("focusDialog"));
    m_autoStart->setObjectName(QStringLiteral("focusAutoStart"));
    m_workLabel->setBuddy(m_work);
    m_breakLabel->setBuddy(m_break);
    m_longBreakLabel->setBuddy(m_longBreak);
    m_sessionsLabel->setBuddy(m_sessions);

    auto *form = new QFormLayout;
    form->addRow(m_workLabel, m_work);
    form->addRow(m_breakLabel, m_break);
    form->addRow(m_longBreakLabel, m_longBreak);
    form->addRow(m_sessionsLabel, m_sessions);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_autoStart);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sessions, qOverload<int>(&QSpinBox::valueChanged), this, &FocusDialog::updateSessionsSuffix);

    setFocusSettings(FocusSettings());
    retranslate();
}

void FocusDialog::setFocusSettings(const FocusSettings &settings)
{
    const FocusSettings s = settings.bounded();
    m_work->setValue(s.workMinutes);
    m_break->setValue(s.breakMinutes);
    m_longBreak->setValue(s.longBreakMinutes);
    m_sessions->setValue(s.sessionsBeforeLongBreak);
}

FocusSettings FocusDialog::focusSettings() const
{
    FocusSettings s;
    s.workMinutes = m_work->value();
    s.breakMinutes = m_break->value();
    s.longBreakMinutes = m_longBreak->value();
    s.sessionsBeforeLongBreak = m_sessions->value();
    return s;
}

void FocusDialog::setAutoStart(bool autoStart)
{
    m_autoStart->setChecked(autoStart);
}

bool FocusDialog::autoStart() const
{
    return m_autoStart->isChecked();
}

void FocusDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FocusDialog::retranslate()
{
    setWindowTitle(tr("Focus Mode Settings"));
    m_workLabel->setText(tr("&Work session:"));
    m_breakLabel->setText(tr("&Break:"));
    m_longBreakLabel->setText(tr("&Long break:"));
    m_sessionsLabel->setText(tr("Long break &after every:"));
    for (QSpinBox *spin : {m_work, m_break, m_longBreak})
        spin->setSuffix(tr(" min", "minutes"));
    m_autoStart->setText(tr("&Start the next session after a break"));
    m_autoStart->setToolTip(
        tr("When a break ends, the timer starts again by itself for the same stage and item; otherwise it waits "
           "for you to start it"));
    updateSessionsSuffix();
}

void FocusDialog::updateSessionsSuffix()
{
    m_sessions->setSuffix(tr(" session(s)", "after every N sessions", m_sessions->value()));
}
