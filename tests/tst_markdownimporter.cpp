// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmap/markdownimporter.h"
#include "testconfig.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <array>

namespace {
const QString guidesDir = QStringLiteral(STUDYPLANNER_SOURCE_DIR "/resources/guides/");
const QString fixturesDir = QStringLiteral(STUDYPLANNER_TEST_DATA_DIR "/guides/");

// "course=2 book=2 project=2 assessment=4": items of the stage itself (branches == false) or of its
// branches, per kind in the order of ItemKind.
QString kindCounts(const Stage &stage, bool branches)
{
    constexpr std::array kinds{ItemKind::Course,     ItemKind::Book,  ItemKind::Document, ItemKind::Project,
                               ItemKind::Assessment, ItemKind::Topic, ItemKind::Resource, ItemKind::Activity};
    QStringList parts;
    for (const ItemKind kind : kinds) {
        int count = 0;
        for (const Section &section : stage.sections) {
            if (section.branchKey.isEmpty() == branches)
                continue;
            for (const Item &item : section.items)
                count += item.kind == kind ? 1 : 0;
        }
        if (count > 0)
            parts.append(itemKindName(kind) + QLatin1Char('=') + QString::number(count));
    }
    return parts.join(QLatin1Char(' '));
}

// "topic:4 resource:3 project:3": the sections of one branch, by section kind and item count.
QString branchShape(const Stage &stage, const QString &branchKey)
{
    QStringList parts;
    for (const Section &section : stage.sections) {
        if (section.branchKey == branchKey)
            parts.append(itemKindName(section.kind) + QLatin1Char(':') + QString::number(section.items.size()));
    }
    return parts.join(QLatin1Char(' '));
}

QStringList branchTitles(const Stage &stage)
{
    QStringList titles;
    for (const Branch &branch : stage.branches)
        titles.append(branch.title);
    return titles;
}

QStringList stageTitles(const Roadmap &roadmap)
{
    QStringList titles;
    for (const Stage &stage : roadmap.stages)
        titles.append(stage.title);
    return titles;
}

QStringList referenceTitles(const Roadmap &roadmap)
{
    QStringList titles;
    for (const ReferencePage &page : roadmap.references)
        titles.append(page.title);
    return titles;
}

// "1-2", "6-12", "ongoing"
QString months(const Stage &stage)
{
    if (stage.months.isOpenEnded())
        return QStringLiteral("ongoing");
    return QString::number(stage.months.min) + QLatin1Char('-') + QString::number(*stage.months.max);
}

// "10-15 guide", "15-20 default"
QString weeklyHours(const Stage &stage)
{
    return QString::number(stage.weeklyHours.min) + QLatin1Char('-') + QString::number(stage.weeklyHours.max)
           + (stage.weeklyHours.fromGuide ? QLatin1String(" guide") : QLatin1String(" default"));
}

// Everything about a roadmap that does not depend on the language it is written in (links and hours
// too, for the bundled guide whose renderings share them).
QStringList structure(const Roadmap &roadmap, bool withLinks = true)
{
    QStringList lines;
    for (const Stage &stage : roadmap.stages) {
        lines.append(stage.key + QLatin1Char(' ') + months(stage) + QLatin1Char(' ') + weeklyHours(stage)
                     + QLatin1String(" goals=") + QString::number(stage.goals.size()));
        for (const Branch &branch : stage.branches)
            lines.append(branch.key);
        for (const Section &section : stage.sections) {
            lines.append(QLatin1String("section ") + itemKindName(section.kind) + QLatin1Char(' ') + section.branchKey);
            for (const Item &item : section.items) {
                lines.append(item.key + QLatin1Char(' ') + itemKindName(item.kind) + QLatin1Char(' ')
                             + (withLinks ? item.link.toString() : QString()) + QLatin1Char(' ')
                             + (item.estimatedHours ? QString::number(*item.estimatedHours) : QString()));
            }
        }
    }
    return lines;
}
} // namespace

class TestMarkdownImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void bundledGuide_data();
    void bundledGuide();
    void bundledStages_data();
    void bundledStages();
    void bundledBranchSections_data();
    void bundledBranchSections();
    void bundledResourceKinds_data();
    void bundledResourceKinds();
    void bundledItems_data();
    void bundledItems();
    void bundledReferences_data();
    void bundledReferences();
    void bundledLanguagesShareKeys();

    void foreignGuide_data();
    void foreignGuide();
    void foreignLanguagesShareKeys();

    void listOverview();
    void languageFromText();

    void refusedFiles_data();
    void refusedFiles();
    void refusedText_data();
    void refusedText();

private:
    std::optional<Roadmap> load(const QString &path);

    QHash<QString, Roadmap> m_bundled; // by language
    QTemporaryDir m_tempDir;
};

std::optional<Roadmap> TestMarkdownImporter::load(const QString &path)
{
    QString error;
    std::optional<Roadmap> roadmap = MarkdownImporter::parseFile(path, &error);
    if (!roadmap)
        qWarning().noquote() << path << error;
    return roadmap;
}

void TestMarkdownImporter::initTestCase()
{
    QVERIFY(m_tempDir.isValid());
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        const std::optional<Roadmap> roadmap =
            load(guidesDir + QLatin1String("llm-learning-path.") + language + QLatin1String(".md"));
        QVERIFY2(roadmap, qPrintable(language));
        m_bundled.insert(language, *roadmap);
    }
}

void TestMarkdownImporter::bundledGuide_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("stageTitles");
    QTest::addColumn<QString>("introductionStart");
    QTest::addColumn<QString>("principle");

    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("大模型学习路径指南")
                           << QStringList{QStringLiteral("入门阶段"), QStringLiteral("基础夯实阶段"),
                                          QStringLiteral("应用实践阶段"), QStringLiteral("专业深入阶段"),
                                          QStringLiteral("前沿研究阶段")}
                           << QStringLiteral("大模型技术作为当前AI领域最活跃的方向之一")
                           << QStringLiteral("- **循序渐进**：从基础概念到复杂技术");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("A Learning Path for Large Language Models")
                        << QStringList{QStringLiteral("Getting Started Stage"), QStringLiteral("Foundations Stage"),
                                       QStringLiteral("Applied Practice Stage"), QStringLiteral("Specialisation Stage"),
                                       QStringLiteral("Frontier Research Stage")}
                        << QStringLiteral("Large language models are one of the most active areas of AI today.")
                        << QStringLiteral("- **Step by step**: from basic concepts to complex techniques");
}

void TestMarkdownImporter::bundledGuide()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QStringList, stageTitles);
    QFETCH(QString, introductionStart);
    QFETCH(QString, principle);

    const Roadmap &roadmap = m_bundled[language];
    QCOMPARE(roadmap.title, title);
    QCOMPARE(roadmap.language, language);
    QCOMPARE(::stageTitles(roadmap), stageTitles);

    QStringList keys;
    QStringList monthRanges;
    QStringList hours;
    for (const Stage &stage : roadmap.stages) {
        keys.append(stage.key);
        monthRanges.append(months(stage));
        hours.append(weeklyHours(stage));
    }
    QCOMPARE(keys, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                QStringLiteral("5")}));
    QCOMPARE(monthRanges, (QStringList{QStringLiteral("1-2"), QStringLiteral("2-3"), QStringLiteral("3-6"),
                                       QStringLiteral("6-12"), QStringLiteral("ongoing")}));
    // The FAQ gives hours for the first two stages; the others inherit the range before them.
    QCOMPARE(hours,
             (QStringList{QStringLiteral("10-15 guide"), QStringLiteral("15-20 guide"), QStringLiteral("15-20 default"),
                          QStringLiteral("15-20 default"), QStringLiteral("15-20 default")}));

    // The overview's prose, kept as Markdown, without the diagram.
    QVERIFY2(roadmap.introduction.startsWith(introductionStart), qPrintable(roadmap.introduction));
    QVERIFY2(roadmap.introduction.contains(principle), qPrintable(roadmap.introduction));
    QVERIFY(!roadmap.introduction.contains(QLatin1String("```")));
    QVERIFY(!roadmap.introduction.contains(QChar(0x250C))); // ┌
    QVERIFY(!roadmap.introduction.contains(QLatin1String("##")));
}

void TestMarkdownImporter::bundledStages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("goals");
    QTest::addColumn<int>("sections");
    QTest::addColumn<QString>("stageItems");
    QTest::addColumn<QString>("branchItems");
    QTest::addColumn<QStringList>("branches");

    const QString none;
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        const bool zh = language == QLatin1String("zh_CN");
        auto row = [&language](int stage) -> QTestData & {
            return QTest::addRow("%s stage %d", qPrintable(language), stage) << language << stage << 4;
        };
        row(1) << 4 << QStringLiteral("course=2 book=2 project=2 assessment=4") << none << QStringList();
        row(2) << 4 << QStringLiteral("course=2 book=2 project=2 assessment=4") << none
               << (zh ? QStringList{QStringLiteral("应用开发方向"), QStringLiteral("模型优化方向"),
                                    QStringLiteral("研究创新方向")}
                      : QStringList{QStringLiteral("Application Development"), QStringLiteral("Model Optimisation"),
                                    QStringLiteral("Research and Innovation")});
        row(3) << 6 << QStringLiteral("course=2 document=2 project=3 assessment=4")
               << QStringLiteral("project=2 topic=6")
               << (zh ? QStringList{QStringLiteral("应用开发工程师路径"), QStringLiteral("模型优化工程师路径")}
                      : QStringList{QStringLiteral("Application Developer Path"),
                                    QStringLiteral("Model Optimisation Engineer Path")});
        row(4) << 13 << QStringLiteral("assessment=4")
               << QStringLiteral("book=3 document=2 project=12 topic=16 resource=7")
               << (zh ? QStringList{QStringLiteral("模型训练与优化专家"), QStringLiteral("基础架构专家"),
                                    QStringLiteral("应用创新专家"), QStringLiteral("研究方向专家")}
                      : QStringList{QStringLiteral("Model Training and Optimisation Expert"),
                                    QStringLiteral("Infrastructure Expert"),
                                    QStringLiteral("Application Innovation Expert"),
                                    QStringLiteral("Research Expert")});
        row(5) << 6 << QStringLiteral("resource=4 activity=4") << QStringLiteral("topic=16")
               << (zh ? QStringList{QStringLiteral("模型架构与训练"), QStringLiteral("推理与优化"),
                                    QStringLiteral("应用与系统"), QStringLiteral("伦理与安全")}
                      : QStringList{QStringLiteral("Model Architecture and Training"),
                                    QStringLiteral("Inference and Optimisation"),
                                    QStringLiteral("Applications and Systems"), QStringLiteral("Ethics and Safety")});
    }
}

void TestMarkdownImporter::bundledStages()
{
    QFETCH(QString, language);
    QFETCH(int, stage);
    QFETCH(int, goals);
    QFETCH(int, sections);
    QFETCH(QString, stageItems);
    QFETCH(QString, branchItems);
    QFETCH(QStringList, branches);

    const Stage &s = m_bundled[language].stages.at(stage - 1);
    QCOMPARE(s.goals.size(), goals);
    for (const QString &goal : s.goals)
        QVERIFY2(!goal.isEmpty() && !goal.startsWith(QLatin1Char('-')), qPrintable(goal));
    QCOMPARE(s.sections.size(), sections);
    QCOMPARE(kindCounts(s, false), stageItems);
    QCOMPARE(kindCounts(s, true), branchItems);
    QCOMPARE(branchTitles(s), branches);
    for (qsizetype b = 0; b < s.branches.size(); ++b) {
        QCOMPARE(s.branches.at(b).key, QString::number(stage) + QLatin1String(".b") + QString::number(b + 1));
        QVERIFY(s.branches.at(b).chosen);
    }
    for (const Section &section : s.sections) {
        QVERIFY2(!section.items.isEmpty(), qPrintable(section.title));
        QVERIFY2(section.branchKey.isEmpty() || s.branch(section.branchKey), qPrintable(section.branchKey));
        for (const Item &item : section.items) {
            QVERIFY(!item.title.isEmpty());
            QVERIFY2(!item.title.contains(QLatin1String("**")), qPrintable(item.title));
            QVERIFY(!item.done);
        }
    }
}

void TestMarkdownImporter::bundledBranchSections_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("stage");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("description");

    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        const bool zh = language == QLatin1String("zh_CN");
        QTest::addRow("%s stage 2: described, no items", qPrintable(language))
            << language << 2 << QString()
            << (zh ? QStringLiteral("侧重APIs使用，框架应用，产品开发")
                   : QStringLiteral("focuses on using APIs, applying frameworks and building products"));
        QTest::addRow("%s stage 3: three topics and a project", qPrintable(language))
            << language << 3 << QStringLiteral("topic:4") << QString();
        QTest::addRow("%s stage 4: focus, resources, projects", qPrintable(language))
            << language << 4 << QStringLiteral("topic:4 resource:3 project:3") << QString();
        QTest::addRow("%s stage 5: topics", qPrintable(language))
            << language << 5 << QStringLiteral("topic:4") << QString();
    }
}

void TestMarkdownImporter::bundledBranchSections()
{
    QFETCH(QString, language);
    QFETCH(int, stage);
    QFETCH(QString, shape);
    QFETCH(QString, description);

    const Stage &s = m_bundled[language].stages.at(stage - 1);
    QVERIFY(!s.branches.isEmpty());
    for (const Branch &branch : s.branches)
        QCOMPARE(branchShape(s, branch.key), shape);
    QCOMPARE(s.branches.first().description, description);
}

void TestMarkdownImporter::bundledResourceKinds_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

// The items of "推荐资源" / "Recommended resources" get their kind from their titles: 《…》 or
// italics make a book, "文档" / "documentation" a document.
void TestMarkdownImporter::bundledResourceKinds()
{
    QFETCH(QString, language);
    const Stage &s = m_bundled[language].stages.at(3);
    QStringList kinds;
    for (const Section &section : s.sections) {
        if (section.kind != ItemKind::Resource)
            continue;
        QStringList sectionKinds;
        for (const Item &item : section.items)
            sectionKinds.append(itemKindName(item.kind));
        kinds.append(sectionKinds.join(QLatin1Char(',')));
    }
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("book,document,resource"), QStringLiteral("book,document,resource"),
                          QStringLiteral("book,resource,resource"), QStringLiteral("resource,resource,resource")}));
}

void TestMarkdownImporter::bundledItems_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("key");
    QTest::addColumn<ItemKind>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QUrl>("link");
    QTest::addColumn<double>("hours"); // -1: none
    QTest::addColumn<QStringList>("details");

    QTest::newRow("zh_CN course with link and hours")
        << QStringLiteral("zh_CN") << QStringLiteral("1.1.1") << ItemKind::Course
        << QStringLiteral("吴恩达《ChatGPT提示工程》课程")
        << QUrl(QStringLiteral("https://www.deeplearning.ai/short-courses/chatgpt-prompt-engineering-for-developers/"))
        << 3.0 << QStringList{QStringLiteral("内容：基础提示词编写，应用场景")};
    QTest::newRow("en course with link and hours")
        << QStringLiteral("en") << QStringLiteral("1.1.1") << ItemKind::Course
        << QStringLiteral("Andrew Ng's ChatGPT Prompt Engineering Course")
        << QUrl(QStringLiteral("https://www.deeplearning.ai/short-courses/chatgpt-prompt-engineering-for-developers/"))
        << 3.0 << QStringList{QStringLiteral("Content: writing basic prompts, common use cases")};
    QTest::newRow("zh_CN course with hours only")
        << QStringLiteral("zh_CN") << QStringLiteral("1.1.2") << ItemKind::Course
        << QStringLiteral("《大模型入门：从使用到应用》系列") << QUrl() << 10.0
        << QStringList{QStringLiteral("内容：大模型基础概念，使用方法，简单应用"),
                       QStringLiteral("形式：视频教程或在线课程")};
    QTest::newRow("en course with hours only")
        << QStringLiteral("en") << QStringLiteral("1.1.2") << ItemKind::Course
        << QStringLiteral("Introduction to Large Language Models: From Usage to Applications (series)") << QUrl()
        << 10.0
        << QStringList{QStringLiteral("Content: basic concepts of large language models, how to use them, simple "
                                      "applications"),
                       QStringLiteral("Format: video tutorials or online courses")};
    QTest::newRow("zh_CN book") << QStringLiteral("zh_CN") << QStringLiteral("1.2.2") << ItemKind::Book
                                << QStringLiteral("《动手学深度学习》") << QUrl() << -1.0
                                << QStringList{QStringLiteral("重点：深度学习基础，循环神经网络，注意力机制"),
                                               QStringLiteral("学习目的：理解大模型底层技术基础")};
    QTest::newRow("zh_CN assessment") << QStringLiteral("zh_CN") << QStringLiteral("1.4.4") << ItemKind::Assessment
                                      << QStringLiteral("掌握基本的提示工程技巧") << QUrl() << -1.0 << QStringList();
    QTest::newRow("en Hugging Face course")
        << QStringLiteral("en") << QStringLiteral("2.1.2") << ItemKind::Course << QStringLiteral("Hugging Face Course")
        << QUrl(QStringLiteral("https://huggingface.co/course")) << 20.0
        << QStringList{QStringLiteral("Content: using the Transformers library, fine-tuning models")};
    QTest::newRow("zh_CN Hugging Face course")
        << QStringLiteral("zh_CN") << QStringLiteral("2.1.2") << ItemKind::Course << QStringLiteral("Hugging Face课程")
        << QUrl(QStringLiteral("https://huggingface.co/course")) << 20.0
        << QStringList{QStringLiteral("内容：Transformers库使用，模型微调")};
    // Two links: the first is the item's, the line stays as a detail because of the second.
    QTest::newRow("zh_CN document with two links")
        << QStringLiteral("zh_CN") << QStringLiteral("3.2.1") << ItemKind::Document
        << QStringLiteral("LangChain/LlamaIndex文档") << QUrl(QStringLiteral("https://docs.langchain.com/")) << -1.0
        << QStringList{QStringLiteral("内容：大模型应用框架使用指南"),
                       QStringLiteral("链接：LangChain (https://docs.langchain.com/)，LlamaIndex "
                                      "(https://docs.llamaindex.ai/)"),
                       QStringLiteral("学习重点：Agent构建，知识库连接，工具使用")};
    QTest::newRow("en document with two links")
        << QStringLiteral("en") << QStringLiteral("3.2.1") << ItemKind::Document
        << QStringLiteral("LangChain/LlamaIndex Documentation") << QUrl(QStringLiteral("https://docs.langchain.com/"))
        << -1.0
        << QStringList{
               QStringLiteral("Content: guides to using these application frameworks for large language models"),
               QStringLiteral("Link: LangChain (https://docs.langchain.com/), LlamaIndex "
                              "(https://docs.llamaindex.ai/)"),
               QStringLiteral("Focus: building agents, connecting knowledge bases, tool use")};
    QTest::newRow("zh_CN branch project") << QStringLiteral("zh_CN") << QStringLiteral("3.4.4") << ItemKind::Project
                                          << QStringLiteral("构建生产级应用并发布") << QUrl() << -1.0 << QStringList();
    QTest::newRow("en branch project") << QStringLiteral("en") << QStringLiteral("3.5.4") << ItemKind::Project
                                       << QStringLiteral("improve model performance while reducing costs") << QUrl()
                                       << -1.0 << QStringList();
    QTest::newRow("en track resource") << QStringLiteral("en") << QStringLiteral("4.2.1") << ItemKind::Book
                                       << QStringLiteral("Distributed Deep Learning: Theory and Practice") << QUrl()
                                       << -1.0 << QStringList();
    QTest::newRow("zh_CN activity") << QStringLiteral("zh_CN") << QStringLiteral("5.5.1") << ItemKind::Activity
                                    << QStringLiteral("加入研究社区和开源项目") << QUrl() << -1.0 << QStringList();
    QTest::newRow("en platform") << QStringLiteral("en") << QStringLiteral("5.6.1") << ItemKind::Resource
                                 << QStringLiteral("arXiv, Papers with Code") << QUrl() << -1.0 << QStringList();
}

void TestMarkdownImporter::bundledItems()
{
    QFETCH(QString, language);
    QFETCH(QString, key);
    QFETCH(ItemKind, kind);
    QFETCH(QString, title);
    QFETCH(QUrl, link);
    QFETCH(double, hours);
    QFETCH(QStringList, details);

    const Item *item = m_bundled[language].item(key);
    QVERIFY(item);
    QCOMPARE(itemKindName(item->kind), itemKindName(kind));
    QCOMPARE(item->title, title);
    QCOMPARE(item->link, link);
    QCOMPARE(item->estimatedHours.has_value(), hours >= 0);
    if (hours >= 0)
        QCOMPARE(*item->estimatedHours, hours);
    QCOMPARE(item->details, details);
}

void TestMarkdownImporter::bundledReferences_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QString>("firstStart");
    QTest::addColumn<QString>("secondContains");

    QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                           << QStringList{QStringLiteral("持续学习资源"), QStringLiteral("学习常见问题")}
                           << QStringLiteral("### 社区资源\n- **Hugging Face社区**：")
                           << QStringLiteral("### 4. 如何规划学习的时间投入?\n- 入门阶段：每周10-15小时");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("Resources for Continuous Learning"),
                                       QStringLiteral("Frequently Asked Questions")}
                        << QStringLiteral("### Community Resources\n- **Hugging Face community**:")
                        << QStringLiteral("### 4. How should I plan my study time?\n- Getting Started: 10-15 hours");
}

void TestMarkdownImporter::bundledReferences()
{
    QFETCH(QString, language);
    QFETCH(QStringList, titles);
    QFETCH(QString, firstStart);
    QFETCH(QString, secondContains);

    const Roadmap &roadmap = m_bundled[language];
    QCOMPARE(referenceTitles(roadmap), titles);
    const QString first = roadmap.references.at(0).markdown;
    const QString second = roadmap.references.at(1).markdown;
    QVERIFY2(first.startsWith(firstStart), qPrintable(first));
    QVERIFY2(!first.contains(QLatin1String("## ") + titles.at(1)), "a page ends where the next one starts");
    QVERIFY2(second.contains(secondContains), qPrintable(second));
    QVERIFY(!second.contains(QLatin1Char('\r')));
}

void TestMarkdownImporter::bundledLanguagesShareKeys()
{
    const Roadmap &zh = m_bundled[QStringLiteral("zh_CN")];
    const Roadmap &en = m_bundled[QStringLiteral("en")];
    QCOMPARE(zh.itemKeys().size(), 107);
    QCOMPARE(en.itemKeys(), zh.itemKeys());
    const QStringList keys = en.itemKeys();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size()); // keys are unique
    QCOMPARE(structure(en), structure(zh));
}

void TestMarkdownImporter::foreignGuide_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("stageTitles");
    QTest::addColumn<QStringList>("branches");
    QTest::addColumn<QStringList>("references");

    QTest::newRow("en") << QStringLiteral("foreign-guide.en.md") << QStringLiteral("en")
                        << QStringLiteral("A Learning Path for Rust Systems Programming")
                        << QStringList{QStringLiteral("Language Basics Stage"),
                                       QStringLiteral("Systems Programming Stage"),
                                       QStringLiteral("Open Source Contribution Stage")}
                        << QStringList{QStringLiteral("Embedded Development"), QStringLiteral("Network Services")}
                        << QStringList{QStringLiteral("Resources for Continuous Learning"),
                                       QStringLiteral("Frequently Asked Questions")};
    QTest::newRow("zh_CN") << QStringLiteral("foreign-guide.zh_CN.md") << QStringLiteral("zh_CN")
                           << QStringLiteral("数据库系统学习路径指南")
                           << QStringList{QStringLiteral("入门阶段"), QStringLiteral("进阶阶段"),
                                          QStringLiteral("研究阶段")}
                           << QStringList{QStringLiteral("数据库内核方向"), QStringLiteral("数据平台方向")}
                           << QStringList{QStringLiteral("持续学习资源"), QStringLiteral("学习常见问题")};
}

void TestMarkdownImporter::foreignGuide()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QStringList, stageTitles);
    QFETCH(QStringList, branches);
    QFETCH(QStringList, references);

    const std::optional<Roadmap> roadmap = load(fixturesDir + file);
    QVERIFY(roadmap);
    QCOMPARE(roadmap->title, title);
    QCOMPARE(roadmap->language, language);
    QCOMPARE(::stageTitles(*roadmap), stageTitles);
    QCOMPARE(referenceTitles(*roadmap), references);
    QVERIFY(!roadmap->introduction.isEmpty());

    const QList<Stage> &stages = roadmap->stages;
    QCOMPARE(months(stages.at(0)), QStringLiteral("1-2"));
    QCOMPARE(months(stages.at(1)), QStringLiteral("2-4"));
    QCOMPARE(months(stages.at(2)), QStringLiteral("ongoing"));
    QCOMPARE(weeklyHours(stages.at(0)), QStringLiteral("8-12 guide"));
    QCOMPARE(weeklyHours(stages.at(1)), QStringLiteral("10-15 guide"));
    QCOMPARE(weeklyHours(stages.at(2)), QStringLiteral("10-15 default"));
    for (const Stage &stage : stages)
        QCOMPARE(stage.goals.size(), 3);
    QCOMPARE(kindCounts(stages.at(0), false), QStringLiteral("course=2 book=1 project=2 assessment=3"));
    QCOMPARE(kindCounts(stages.at(1), false), QStringLiteral("course=1 book=2 project=1 assessment=3"));
    QCOMPARE(kindCounts(stages.at(2), false), QStringLiteral("course=1 book=1 project=2 assessment=3"));
    QCOMPARE(branchTitles(stages.at(0)), QStringList());
    QCOMPARE(branchTitles(stages.at(1)), branches);
    QCOMPARE(branchTitles(stages.at(2)), QStringList());

    QCOMPARE(roadmap->item(QStringLiteral("1.1.1"))->estimatedHours, std::optional<double>(6));
    QCOMPARE(roadmap->item(QStringLiteral("1.1.2"))->estimatedHours, std::optional<double>(4));
    QCOMPARE(roadmap->item(QStringLiteral("2.1.1"))->estimatedHours, std::optional<double>(12));
    QCOMPARE(roadmap->item(QStringLiteral("3.1.1"))->estimatedHours, std::optional<double>(6));
    QVERIFY(roadmap->item(QStringLiteral("2.1.1"))->link.host().endsWith(QLatin1String("cs.cmu.edu"))
            || roadmap->item(QStringLiteral("2.1.1"))->link.host() == QLatin1String("tokio.rs"));
}

void TestMarkdownImporter::foreignLanguagesShareKeys()
{
    const std::optional<Roadmap> en = load(fixturesDir + QLatin1String("foreign-guide.en.md"));
    const std::optional<Roadmap> zh = load(fixturesDir + QLatin1String("foreign-guide.zh_CN.md"));
    QVERIFY(en && zh);
    QCOMPARE(en->itemKeys().size(), 22);
    QCOMPARE(en->itemKeys(), zh->itemKeys());
    QCOMPARE(structure(*en, false), structure(*zh, false));
}

// The overview can be a list instead of a diagram; durations take hyphens or en dashes, full-width
// parentheses, and "ongoing".
void TestMarkdownImporter::listOverview()
{
    const QByteArray markdown = QStringLiteral("# Baking\n\n"
                                               "Intro before the overview.\n\n"
                                               "## Overview\n\n"
                                               "The path:\n\n"
                                               "- Stage 1: Bread (1–2 months)\n"
                                               "- **Pastry**（3-6个月）\n"
                                               "- Cakes (ongoing)\n\n"
                                               "Bake every week.\n\n"
                                               "## Bread\n\n### Projects\n- Sourdough\n  - about 3 h\n\n"
                                               "## Pastry Stage\n\n### 课程\n1. Croissants\n\n"
                                               "## Cakes\n\nSummary of cakes.\n\n### Assessment\n- Bake a sponge\n\n"
                                               "## Plan\n\n- Pastry: 5–8 hours per week\n")
                                    .toUtf8();
    QString error;
    const std::optional<Roadmap> roadmap = MarkdownImporter::parse(markdown, &error);
    QVERIFY2(roadmap, qPrintable(error));
    QCOMPARE(roadmap->title, QStringLiteral("Baking"));
    QCOMPARE(roadmap->language, QStringLiteral("en"));
    QCOMPARE(::stageTitles(*roadmap),
             (QStringList{QStringLiteral("Bread"), QStringLiteral("Pastry Stage"), QStringLiteral("Cakes")}));
    QCOMPARE(months(roadmap->stages.at(0)), QStringLiteral("1-2"));
    QCOMPARE(months(roadmap->stages.at(1)), QStringLiteral("3-6"));
    QCOMPARE(months(roadmap->stages.at(2)), QStringLiteral("ongoing"));
    QCOMPARE(weeklyHours(roadmap->stages.at(0)), QStringLiteral("10-15 default"));
    QCOMPARE(weeklyHours(roadmap->stages.at(1)), QStringLiteral("5-8 guide"));
    QCOMPARE(weeklyHours(roadmap->stages.at(2)), QStringLiteral("5-8 default"));
    QCOMPARE(roadmap->stages.at(2).summary, QStringLiteral("Summary of cakes."));
    QCOMPARE(roadmap->item(QStringLiteral("1.1.1"))->kind, ItemKind::Project);
    QCOMPARE(roadmap->item(QStringLiteral("1.1.1"))->estimatedHours, std::optional<double>(3));
    QCOMPARE(roadmap->item(QStringLiteral("2.1.1"))->kind, ItemKind::Course);
    QCOMPARE(roadmap->item(QStringLiteral("3.1.1"))->kind, ItemKind::Assessment);
    QCOMPARE(roadmap->introduction, QStringLiteral("Intro before the overview.\n\nThe path:\n\nBake every week."));
    QCOMPARE(referenceTitles(*roadmap), QStringList{QStringLiteral("Plan")});
    QCOMPARE(roadmap->references.first().markdown, QStringLiteral("- Pastry: 5–8 hours per week"));
}

void TestMarkdownImporter::languageFromText()
{
    // Without a language in the file name, parse() tells Chinese from English by the text.
    QFile file(guidesDir + QLatin1String("llm-learning-path.zh_CN.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<Roadmap> roadmap = MarkdownImporter::parse(file.readAll(), &error);
    QVERIFY2(roadmap, qPrintable(error));
    QCOMPARE(roadmap->language, QStringLiteral("zh_CN"));
    QCOMPARE(structure(*roadmap), structure(m_bundled[QStringLiteral("zh_CN")]));
}

void TestMarkdownImporter::refusedFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("no stages") << fixturesDir + QLatin1String("no-stages.md")
                               << QStringList{QStringLiteral("No stages found"), QStringLiteral("入门阶段 (1-2个月)")};
    QTest::newRow("stage without duration")
        << fixturesDir + QLatin1String("stage-without-duration.md")
        << QStringList{QStringLiteral("“Advanced”"), QStringLiteral("line 9"), QStringLiteral("no duration")};
    QTest::newRow("empty") << fixturesDir + QLatin1String("empty.md")
                           << QStringList{QStringLiteral("The file is empty.")};
    QTest::newRow("binary") << fixturesDir + QLatin1String("binary-junk.md")
                            << QStringList{QStringLiteral("not a text file"), QStringLiteral("binary data at byte 0")};
    QTest::newRow("50 MB") << m_tempDir.filePath(QStringLiteral("huge.md"))
                           << QStringList{QStringLiteral("huge.md"), QStringLiteral("too large"),
                                          QStringLiteral("at most 5 MB")};
    QTest::newRow("missing") << m_tempDir.filePath(QStringLiteral("nowhere.md"))
                             << QStringList{QStringLiteral("nowhere.md"), QStringLiteral("does not exist")};
    QTest::newRow("folder") << m_tempDir.path() << QStringList{m_tempDir.path(), QStringLiteral("folder")};
}

void TestMarkdownImporter::refusedFiles()
{
    QFETCH(QString, path);
    QFETCH(QStringList, fragments);

    if (path.endsWith(QLatin1String("huge.md")) && !QFile::exists(path)) {
        // 50 MB of valid Markdown, so that only the size can be the reason to refuse it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray chunk = QByteArray("# Title\n\n- item (1-2 months)\n").repeated(1 << 15);
        for (qint64 written = 0; written < 50 * 1024 * 1024; written += chunk.size())
            QCOMPARE(file.write(chunk), chunk.size());
        file.close();
        QVERIFY(QFileInfo(path).size() >= 50 * 1024 * 1024);
    }
    QString error;
    QVERIFY(!MarkdownImporter::parseFile(path, &error));
    for (const QString &fragment : fragments)
        QVERIFY2(error.contains(fragment),
                 qPrintable(QLatin1String("“") + fragment + QLatin1String("” not in: ") + error));
}

void TestMarkdownImporter::refusedText_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QStringList>("fragments");

    const QByteArray overview = "# Guide\n\n## Overview\n\n- Alpha (1-2 months)\n- Beta (2-3 months)\n\n";
    QTest::newRow("whitespace only") << QByteArray(" \n\n\t\n") << QStringList{QStringLiteral("The file is empty.")};
    QTest::newRow("NUL byte") << QByteArray("# Guide\n\0more", 13)
                              << QStringList{QStringLiteral("not a text file"), QStringLiteral("byte 8")};
    QTest::newRow("invalid UTF-8") << QByteArray("# Gu\xC3\x28ide\n")
                                   << QStringList{QStringLiteral("not a text file"), QStringLiteral("byte 4")};
    QTest::newRow("too large") << QByteArray(MarkdownImporter::MaxFileSize + 1, 'a')
                               << QStringList{QStringLiteral("too large"), QStringLiteral("5 MB")};
    QTest::newRow("list stage without duration")
        << QByteArray("# Guide\n\n## Overview\n\n- Alpha (1-2 months)\n- Beta\n")
        << QStringList{QStringLiteral("“Beta”"), QStringLiteral("line 6"), QStringLiteral("no duration")};
    QTest::newRow("duration not understood")
        << QStringLiteral("# Guide\n\n## Overview\n\n```\n┌───────┐\n│ Alpha │\n│ (soon)│\n└───────┘\n```\n").toUtf8()
        << QStringList{QStringLiteral("“(soon)”"), QStringLiteral("“Alpha”"), QStringLiteral("line 8"),
                       QStringLiteral("not understood")};
    QTest::newRow("stage without section")
        << overview + "## Alpha\n\n### Projects\n- Build something\n"
        << QStringList{QStringLiteral("“Beta”"), QStringLiteral("line 6"), QStringLiteral("level-2 heading")};
    QTest::newRow("stage without items")
        << overview + "## Alpha\n\n### Projects\n- Build something\n\n## Beta\n\n### Goals\n- Learn\n\nProse only.\n"
        << QStringList{QStringLiteral("“Beta”"), QStringLiteral("line 13"), QStringLiteral("no items")};
}

void TestMarkdownImporter::refusedText()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QStringList, fragments);

    QString error;
    QVERIFY(!MarkdownImporter::parse(markdown, &error));
    for (const QString &fragment : fragments)
        QVERIFY2(error.contains(fragment),
                 qPrintable(QLatin1String("“") + fragment + QLatin1String("” not in: ") + error));
}

QTEST_GUILESS_MAIN(TestMarkdownImporter)
#include "tst_markdownimporter.moc"
