// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/messagebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_closeButton->setAutoRaise(true);
    m_closeButton->setText(QStringLiteral("✕"));
    m_closeButton->setToolTip(tr("Close"));
    connect(m_closeButton, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(const QString &text, Type type)
{
    m_type = type;
    m_label->setText(text);
    applyPalette();
    show();
}

QString MessageBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::LanguageChange)
        m_closeButton->setToolTip(tr("Close"));
    QFrame::changeEvent(event);
}

void MessageBar::applyPalette()
{
    // A tint of the type's colour over the window colour reads well in light and dark palettes.
    QColor accent;
    switch (m_type) {
    case Type::Information:
        accent = QColor(0x3d, 0xae, 0xe9);
        break;
    case Type::Warning:
        accent = QColor(0xf6, 0x74, 0x00);
        break;
    case Type::Error:
        accent = QColor(0xda, 0x44, 0x53);
        break;
    }
    const QColor base = parentWidget() ? parentWidget()->palette().color(QPalette::Window) : QColor(Qt::white);
    QColor background;
    background.setRgbF(base.redF() * 0.8 + accent.redF() * 0.2, base.greenF() * 0.8 + accent.greenF() * 0.2,
                       base.blueF() * 0.8 + accent.blueF() * 0.2);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::Dark, accent);
    setPalette(pal);
}
