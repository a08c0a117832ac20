// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmap/roadmapview.h"

#include "common/icons.h"
#include "roadmap/branchlistmodel.h"
#include "roadmap/itemtreemodel.h"
#include "roadmap/roadmapdocument.h"
#include "roadmap/stagedelegate.h"
#include "roadmap/stagelistmodel.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
QLabel *heading(QWidget *parent, qreal scale = 1.0)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

// Plain text, so that laying the label out costs no rich-text document.
QString bulletList(const QStringList &lines)
{
    QStringList bullets;
    bullets.reserve(lines.size());
    for (const QString &line : lines)
        bullets << QStringLiteral("•  ") + line;
    return bullets.join(QLatin1Char('\n'));
}

enum Page { StagePageIndex, ReferencePageIndex };
} // namespace

RoadmapView::RoadmapView(RoadmapDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document), m_stageModel(new StageListModel(document, this)),
      m_branchModel(new BranchListModel(document, this)), m_itemModel(new ItemTreeModel(document, this)),
      m_referenceModel(new QStringListModel(this))
{
    setObjectName(QStringLiteral("roadmapView"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_stagesHeading = heading(left);
    m_stageList = new QListView(left);
    m_stageList->setObjectName(QStringLiteral("stageList"));
    m_stageList->setModel(m_stageModel);
    m_stageList->setItemDelegate(new StageDelegate(m_stageList));
    m_stageList->setUniformItemSizes(true);
    m_stageList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_referencesHeading = heading(left);
    m_referenceList = new QListView(left);
    m_referenceList->setObjectName(QStringLiteral("referenceList"));
    m_referenceList->setModel(m_referenceModel);
    m_referenceList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    leftLayout->addWidget(m_stagesHeading);
    leftLayout->addWidget(m_stageList, 1);
    leftLayout->addWidget(m_referencesHeading);
    leftLayout->addWidget(m_referenceList);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createStagePage());
    m_referencePage = new QTextBrowser(m_pages);
    m_referencePage->setObjectName(QStringLiteral("referencePage"));
    m_referencePage->setOpenExternalLinks(true);
    m_pages->addWidget(m_referencePage);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 700});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    connect(m_stageList->selectionModel(), &QItemSelectionModel::currentChanged, this, &RoadmapView::onStageSelected);
    connect(m_referenceList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RoadmapView::onReferenceSelected);
    connect(m_itemTree->selectionModel(), &QItemSelectionModel::currentChanged, this, &RoadmapView::onItemSelected);
    connect(m_itemTree, &QTreeView::activated, this, &RoadmapView::onItemActivated);
    m_itemTree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_itemTree, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (currentItemKey().isEmpty())
            return;
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("itemMenu"));
        QAction *start = menu.addAction(Icons::themed(QStringLiteral("media-playback-start")), tr("Start &Timer"));
        start->setObjectName(QStringLiteral("startTimer"));
        if (menu.exec(m_itemTree->viewport()->mapToGlobal(pos)) == start)
            Q_EMIT timerRequested(currentStageKey(), currentItemKey());
    });
    connect(m_stageModel, &QAbstractItemModel::dataChanged, this, &RoadmapView::updateStageHeader);
    connect(m_itemModel, &QAbstractItemModel::dataChanged, this, &RoadmapView::onItemSelected);
    connect(&m_document, &RoadmapDocument::reset, this, &RoadmapView::onDocumentReset);
    connect(m_itemModel, &ItemTreeModel::errorOccurred, this, &RoadmapView::errorOccurred);
    connect(m_branchModel, &BranchListModel::errorOccurred, this, &RoadmapView::errorOccurred);

    setFocusProxy(m_stageList);
    retranslate();
    onDocumentReset();
}

QWidget *RoadmapView::createStagePage()
{
    auto *page = new QWidget(m_pages);
    m_stageTitle = heading(page, 1.5);
    m_stageTitle->setObjectName(QStringLiteral("stageTitle"));
    m_stageMeta = new QLabel(page);
    m_stageMeta->setObjectName(QStringLiteral("stageMeta"));
    m_stageMeta->setWordWrap(true);
    m_goalsHeading = heading(page);
    m_goals = new QLabel(page);
    m_goals->setObjectName(QStringLiteral("stageGoals"));
    m_goals->setWordWrap(true);
    m_goals->setTextFormat(Qt::PlainText);
    m_goals->setIndent(6);
    m_branchesHeading = heading(page);
    m_branchesHint = new QLabel(page);
    m_branchList = new QListView(page);
    m_branchList->setObjectName(QStringLiteral("branchList"));
    m_branchList->setModel(m_branchModel);
    m_branchList->setWordWrap(true);
    m_itemsHeading = heading(page);
    m_itemTree = new QTreeView(page);
    m_itemTree->setObjectName(QStringLiteral("itemTree"));
    m_itemTree->setModel(m_itemModel);
    m_itemTree->setUniformRowHeights(true);
    m_itemTree->setAlternatingRowColors(true);
    m_itemTree->header()->setStretchLastSection(false);
    m_itemTree->header()->setSectionResizeMode(ItemTreeModel::TitleColumn, QHeaderView::Stretch);
    m_itemTree->header()->setSectionResizeMode(ItemTreeModel::LinkColumn, QHeaderView::ResizeToContents);
    m_itemTree->header()->setSectionResizeMode(ItemTreeModel::HoursColumn, QHeaderView::ResizeToContents);
    m_itemDetails = new QLabel(page);
    m_itemDetails->setObjectName(QStringLiteral("itemDetails"));
    m_itemDetails->setWordWrap(true);
    m_itemDetails->setTextFormat(Qt::RichText);
    m_itemDetails->setOpenExternalLinks(true);
    m_itemDetails->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_itemDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_itemDetails->setMinimumHeight(m_itemDetails->fontMetrics().height() * 4);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_stageTitle);
    layout->addWidget(m_stageMeta);
    layout->addSpacing(4);
    layout->addWidget(m_goalsHeading);
    layout->addWidget(m_goals);
    layout->addWidget(m_branchesHeading);
    layout->addWidget(m_branchesHint);
    layout->addWidget(m_branchList);
    layout->addWidget(m_itemsHeading);
    layout->addWidget(m_itemTree, 1);
    layout->addWidget(m_itemDetails);
    return page;
}

void RoadmapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RoadmapView::retranslate()
{
    m_stagesHeading->setText(tr("Stages"));
    m_referencesHeading->setText(tr("Reference"));
    m_goalsHeading->setText(tr("Goals"));
    m_branchesHeading->setText(tr("Branches"));
    m_branchesHint->setText(tr("Tick the branches you follow. Items of the others do not count toward progress."));
    m_itemsHeading->setText(tr("Resources, projects and self-assessment"));
    m_stageList->setAccessibleName(tr("Stages"));
    m_itemTree->setAccessibleName(tr("Items of the stage"));
    m_branchList->setAccessibleName(tr("Branches"));
    updateStageHeader();
    onItemSelected();
}

int RoadmapView::currentStage() const
{
    return m_stageList->currentIndex().row();
}

void RoadmapView::setCurrentStage(int stage)
{
    m_stageList->setCurrentIndex(m_stageModel->index(stage));
}

void RoadmapView::setStageHours(const QHash<QString, double> &actual, const QHash<QString, double> &planned)
{
    m_stageModel->setHours(actual, planned);
}

QString RoadmapView::currentStageKey() const
{
    const int row = currentStage();
    const QList<Stage> &stages = m_document.roadmap().stages;
    return row >= 0 && row < stages.size() ? stages.at(row).key : QString();
}

QString RoadmapView::currentItemKey() const
{
    const QModelIndex index = m_itemTree->currentIndex().siblingAtColumn(ItemTreeModel::TitleColumn);
    if (!index.isValid() || index.data(ItemTreeModel::IsSectionRole).toBool())
        return QString();
    return index.data(ItemTreeModel::KeyRole).toString();
}

void RoadmapView::onDocumentReset()
{
    QStringList titles;
    for (const ReferencePage &page : m_document.roadmap().references)
        titles << page.title;
    m_referenceModel->setStringList(titles);
    m_referenceList->setVisible(!titles.isEmpty());
    if (!titles.isEmpty()) {
        m_referenceList->setFixedHeight(m_referenceList->sizeHintForRow(0) * int(titles.size())
                                        + 2 * m_referenceList->frameWidth() + 2);
    }
    m_referencesHeading->setVisible(!titles.isEmpty());
    const int stage = std::max(0, std::min(m_itemModel->stage(), m_stageModel->rowCount() - 1));
    if (m_stageModel->rowCount() > 0)
        setCurrentStage(stage);
    onStageSelected();
}

void RoadmapView::onStageSelected()
{
    const int stage = m_stageList->currentIndex().row();
    if (stage >= 0)
        m_referenceList->clearSelection();
    m_branchModel->setStage(stage);
    m_itemModel->setStage(stage);
    m_itemTree->expandAll();
    m_pages->setCurrentIndex(StagePageIndex);
    const bool hasBranches = m_branchModel->rowCount() > 0;
    m_branchesHeading->setVisible(hasBranches);
    m_branchesHint->setVisible(hasBranches);
    m_branchList->setVisible(hasBranches);
    if (hasBranches) {
        const int rows = m_branchModel->rowCount();
        m_branchList->setFixedHeight(m_branchList->sizeHintForRow(0) * rows + 2 * m_branchList->frameWidth() + 2);
    }
    updateStageHeader();
    onItemSelected();
}

void RoadmapView::onReferenceSelected()
{
    const int row = m_referenceList->currentIndex().row();
    const QList<ReferencePage> &pages = m_document.roadmap().references;
    if (row < 0 || row >= pages.size())
        return;
    m_referencePage->setMarkdown(QStringLiteral("# ") + pages.at(row).title + QStringLiteral("\n\n")
                                 + pages.at(row).markdown);
    m_pages->setCurrentIndex(ReferencePageIndex);
}

void RoadmapView::updateStageHeader()
{
    const int row = m_stageList->currentIndex().row();
    const QList<Stage> &stages = m_document.roadmap().stages;
    if (row < 0 || row >= stages.size()) {
        m_stageTitle->clear();
        m_stageMeta->clear();
        m_goals->clear();
        return;
    }
    const Stage &stage = stages.at(row);
    m_stageTitle->setText(stage.title);
    const QString hours =
        stage.weeklyHours.fromGuide
            ? tr("%1 suggested by the guide").arg(StageListModel::weeklyHoursText(stage))
            : tr("%1 (default: the guide gives no figure)").arg(StageListModel::weeklyHoursText(stage));
    m_stageMeta->setText(tr("Guide estimate: %1 · %2 · %3 of %4 items done (%5%)")
                             .arg(StageListModel::durationText(stage), hours)
                             .arg(stage.countedDone())
                             .arg(stage.countedItems())
                             .arg(qRound(stage.progress() * 100)));
    m_goals->setText(bulletList(stage.goals));
    m_goalsHeading->setVisible(!stage.goals.isEmpty());
    m_goals->setVisible(!stage.goals.isEmpty());
}

void RoadmapView::onItemSelected()
{
    const QModelIndex index = m_itemTree->currentIndex().siblingAtColumn(ItemTreeModel::TitleColumn);
    if (!index.isValid() || index.data(ItemTreeModel::IsSectionRole).toBool()) {
        m_itemDetails->setText(QStringLiteral("<span style=\"color:gray\">%1</span>")
                                   .arg(tr("Select an item to see its details. Tick it when you have done it.")));
        return;
    }
    QString html = QStringLiteral("<b>%1</b> <span style=\"color:gray\">· %2</span>")
                       .arg(index.data().toString().toHtmlEscaped(),
                            ItemTreeModel::kindText(index.data(ItemTreeModel::KindRole).toInt()).toHtmlEscaped());
    const QStringList details = index.data(ItemTreeModel::DetailsRole).toStringList();
    for (const QString &line : details)
        html += QStringLiteral("<br>") + line.toHtmlEscaped();
    const QUrl link = index.data(ItemTreeModel::LinkRole).toUrl();
    if (!link.isEmpty()) {
        html += QStringLiteral("<br><a href=\"%1\">%2</a>")
                    .arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(), link.toDisplayString().toHtmlEscaped());
    }
    m_itemDetails->setText(html);
}

void RoadmapView::onItemActivated(const QModelIndex &index)
{
    const QUrl link = index.siblingAtColumn(ItemTreeModel::TitleColumn).data(ItemTreeModel::LinkRole).toUrl();
    if (!link.isEmpty())
        QDesktopServices::openUrl(link);
}

QByteArray RoadmapView::saveState() const
{
    return m_splitter->saveState();
}

void RoadmapView::restoreState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}
