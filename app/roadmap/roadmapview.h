// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class BranchListModel;
class ItemTreeModel;
class QLabel;
class QListView;
class QSplitter;
class QStackedWidget;
class QStringListModel;
class QTextBrowser;
class QTreeView;
class RoadmapDocument;
class StageListModel;

// The Roadmap view: the stages with their progress on the left; for the selected stage its goals,
// branch choice and items (ticked in place) on the right; the guide's reference pages below.
class RoadmapView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoadmapView)

public:
    explicit RoadmapView(RoadmapDocument &document, QWidget *parent = nullptr);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    int currentStage() const;
    void setCurrentStage(int stage);
    // The selected stage's key and the selected item's key (empty when none is selected).
    QString currentStageKey() const;
    QString currentItemKey() const;
    // The hours studied per stage and the plan's effort per stage, shown in the stage list.
    void setStageHours(const QHash<QString, double> &actual, const QHash<QString, double> &planned);

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // The learner asked to time their study of the selected item (the item tree's context menu).
    void timerRequested(const QString &stageKey, const QString &itemKey);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createStagePage();
    void retranslate();
    void onDocumentReset();
    void onStageSelected();
    void onReferenceSelected();
    void onItemSelected();
    void onItemActivated(const QModelIndex &index);
    void updateStageHeader();

    RoadmapDocument &m_document;
    StageListModel *m_stageModel;
    BranchListModel *m_branchModel;
    ItemTreeModel *m_itemModel;
    QStringListModel *m_referenceModel;

    QSplitter *m_splitter = nullptr;
    QLabel *m_stagesHeading = nullptr;
    QLabel *m_referencesHeading = nullptr;
    QListView *m_stageList = nullptr;
    QListView *m_referenceList = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_stageTitle = nullptr;
    QLabel *m_stageMeta = nullptr;
    QLabel *m_goalsHeading = nullptr;
    QLabel *m_goals = nullptr;
    QLabel *m_branchesHeading = nullptr;
    QLabel *m_branchesHint = nullptr;
    QListView *m_branchList = nullptr;
    QLabel *m_itemsHeading = nullptr;
    QTreeView *m_itemTree = nullptr;
    QLabel *m_itemDetails = nullptr;
    QTextBrowser *m_referencePage = nullptr;
};
