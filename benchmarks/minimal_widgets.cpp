// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reference for the startup benchmark: the least a Qt Widgets program does to show a window.
// Unknown options (startup.sh passes --database) are ignored; --quit-after-show quits once the
// window is exposed, for measuring without mapwait.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QStringList>
#include <QWindow>

namespace {

class QuitOnExpose : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose) {
            auto *window = qobject_cast<QWindow *>(watched);
            if (window && window->isExposed()) {
                QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal Qt Widgets program"));
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(800, 600);
    window.show();
    QuitOnExpose quitOnExpose;
    if (app.arguments().contains(QStringLiteral("--quit-after-show"))) {
        window.windowHandle()->installEventFilter(&quitOnExpose);
    }
    return app.exec();
}
