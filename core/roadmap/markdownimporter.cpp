// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmap/markdownimporter.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <md4c.h>
#include <memory>
#include <utility>
#include <vector>

namespace {

// ---------------------------------------------------------------------------------------------
// The document tree md4c's callbacks are turned into.

struct Inline {
    QString text;
    bool strong = false;
    bool emphasis = false;
    int link = -1; // index into Block::links
};

enum class BlockType { Document, Quote, List, ListItem, Rule, Heading, Code, Html, Paragraph, Table, TableCell };

struct Block {
    BlockType type = BlockType::Document;
    int level = 0;                    // heading level
    bool fenced = false;              // code block
    bool implicit = false;            // paragraph made up for the text of a tight list item
    QList<Inline> inlines;            // heading, paragraph, table cell
    QStringList links;                // hrefs of the links among the inlines
    QString code;                     // code and HTML blocks: the verbatim text
    QList<qsizetype> codeLineOffsets; // code blocks: input offset of each line's text, -1 if unknown
    // Input byte range of the text md4c reported for the block and its descendants; -1 if none was
    // reported (an empty heading, a rule).
    qsizetype begin = -1;
    qsizetype end = -1;
    std::vector<std::unique_ptr<Block>> children;

    bool hasText() const { return begin >= 0; }
};

QString decodeEntity(const QString &entity)
{
    if (entity.startsWith(QLatin1String("&#"))) {
        bool ok = false;
        const bool hex = entity.size() > 2 && (entity.at(2) == QLatin1Char('x') || entity.at(2) == QLatin1Char('X'));
        const uint code = entity.mid(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
        return QString(QChar(0xFFFD));
    }
    static const QList<QPair<QLatin1String, QChar>> named{
        {QLatin1String("&amp;"), QLatin1Char('&')},   {QLatin1String("&lt;"), QLatin1Char('<')},
        {QLatin1String("&gt;"), QLatin1Char('>')},    {QLatin1String("&quot;"), QLatin1Char('"')},
        {QLatin1String("&apos;"), QLatin1Char('\'')}, {QLatin1String("&nbsp;"), QChar(0x00A0)},
        {QLatin1String("&ndash;"), QChar(0x2013)},    {QLatin1String("&mdash;"), QChar(0x2014)},
        {QLatin1String("&hellip;"), QChar(0x2026)},   {QLatin1String("&copy;"), QChar(0x00A9)},
    };
    for (const auto &[name, c] : named) {
        if (entity == name)
            return QString(c);
    }
    return entity;
}

// Builds a Block tree from md4c's SAX-like callbacks.
class TreeBuilder
{
public:
    explicit TreeBuilder(const QByteArray &input) : m_input(input), m_root(std::make_unique<Block>())
    {
        m_stack.push_back(m_root.get());
    }

    bool parse()
    {
        MD_PARSER parser{};
        parser.abi_version = 0;
        parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS | MD_FLAG_PERMISSIVEURLAUTOLINKS
                       | MD_FLAG_PERMISSIVEWWWAUTOLINKS;
        parser.enter_block = &TreeBuilder::enterBlock;
        parser.leave_block = &TreeBuilder::leaveBlock;
        parser.enter_span = &TreeBuilder::enterSpan;
        parser.leave_span = &TreeBuilder::leaveSpan;
        parser.text = &TreeBuilder::onText;
        return md_parse(m_input.constData(), MD_SIZE(m_input.size()), &parser, this) == 0;
    }

    const Block &root() const { return *m_root; }

private:
    Block *top() const { return m_stack.back(); }

    Block *push(BlockType type)
    {
        auto block = std::make_unique<Block>();
        block->type = type;
        Block *raw = block.get();
        top()->children.push_back(std::move(block));
        m_stack.push_back(raw);
        return raw;
    }

    void pop()
    {
        if (m_stack.size() > 1)
            m_stack.pop_back();
    }

    Block *inlineContainer()
    {
        switch (top()->type) {
        case BlockType::Heading:
        case BlockType::Paragraph:
        case BlockType::Code:
        case BlockType::Html:
        case BlockType::TableCell:
            return top();
        default:
            break;
        }
        Block *paragraph = push(BlockType::Paragraph);
        paragraph->implicit = true;
        return paragraph;
    }

    // The offset of text inside the input, or -1 for text md4c made up (entities' replacements,
    // indentation of code lines, the '\n' ending them).
    qsizetype offsetOf(const MD_CHAR *text, MD_SIZE size) const
    {
        const MD_CHAR *base = m_input.constData();
        if (text >= base && text + size <= base + m_input.size())
            return text - base;
        return -1;
    }

    void noteRange(qsizetype offset, MD_SIZE size)
    {
        if (offset < 0 || size == 0)
            return;
        for (Block *block : m_stack) {
            if (block->begin < 0 || offset < block->begin)
                block->begin = offset;
            block->end = std::max(block->end, offset + qsizetype(size));
        }
    }

    void appendInline(Block *container, const QString &text)
    {
        if (!container->inlines.isEmpty()) {
            Inline &last = container->inlines.last();
            if (last.strong == (m_strong > 0) && last.emphasis == (m_emphasis > 0) && last.link == m_link) {
                last.text += text;
                return;
            }
        }
        container->inlines.append(Inline{text, m_strong > 0, m_emphasis > 0, m_link});
    }

    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
    {
        auto *self = static_cast<TreeBuilder *>(userdata);
        if (self->top()->implicit)
            self->pop();
        switch (type) {
        case MD_BLOCK_DOC:
            break;
        case MD_BLOCK_QUOTE:
            self->push(BlockType::Quote);
            break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            self->push(BlockType::List);
            break;
        case MD_BLOCK_LI:
            self->push(BlockType::ListItem);
            break;
        case MD_BLOCK_HR:
            self->push(BlockType::Rule);
            break;
        case MD_BLOCK_H:
            self->push(BlockType::Heading)->level = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
            break;
        case MD_BLOCK_CODE:
            self->push(BlockType::Code)->fenced = static_cast<MD_BLOCK_CODE_DETAIL *>(detail)->fence_char != 0;
            break;
        case MD_BLOCK_HTML:
            self->push(BlockType::Html);
            break;
        case MD_BLOCK_P:
            self->push(BlockType::Paragraph);
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            self->push(BlockType::TableCell);
            break;
        case MD_BLOCK_TABLE:
        case MD_BLOCK_THEAD:
        case MD_BLOCK_TBODY:
        case MD_BLOCK_TR:
            self->push(BlockType::Table);
            break;
        }
        return 0;
    }

    static int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
    {
        auto *self = static_cast<TreeBuilder *>(userdata);
        if (type == MD_BLOCK_DOC)
            return 0;
        if (self->top()->implicit)
            self->pop();
        self->pop();
        return 0;
    }

    static int enterSpan(MD_SPANTYPE type, void *detail, void *userdata)
    {
        auto *self = static_cast<TreeBuilder *>(userdata);
        switch (type) {
        case MD_SPAN_STRONG:
            ++self->m_strong;
            break;
        case MD_SPAN_EM:
            ++self->m_emphasis;
            break;
        case MD_SPAN_A: {
            const MD_ATTRIBUTE &href = static_cast<MD_SPAN_A_DETAIL *>(detail)->href;
            QString url;
            for (int i = 0; href.substr_offsets[i] < href.size; ++i) {
                const QString part = QString::fromUtf8(href.text + href.substr_offsets[i],
                                                       qsizetype(href.substr_offsets[i + 1] - href.substr_offsets[i]));
                url += href.substr_types[i] == MD_TEXT_ENTITY ? decodeEntity(part) : part;
            }
            Block *container = self->inlineContainer();
            self->m_link = int(container->links.size());
            container->links.append(url);
            break;
        }
        default:
            break;
        }
        return 0;
    }

    static int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
    {
        auto *self = static_cast<TreeBuilder *>(userdata);
        switch (type) {
        case MD_SPAN_STRONG:
            --self->m_strong;
            break;
        case MD_SPAN_EM:
            --self->m_emphasis;
            break;
        case MD_SPAN_A:
            self->m_link = -1;
            break;
        default:
            break;
        }
        return 0;
    }

    static int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
    {
        auto *self = static_cast<TreeBuilder *>(userdata);
        Block *container = self->inlineContainer();
        const qsizetype offset = self->offsetOf(text, size);
        self->noteRange(offset, size);
        const QString string = QString::fromUtf8(text, qsizetype(size));
        if (container->type == BlockType::Code || container->type == BlockType::Html) {
            if (container->codeLineOffsets.isEmpty() || container->code.endsWith(QLatin1Char('\n')))
                container->codeLineOffsets.append(-1);
            if (offset >= 0 && container->codeLineOffsets.last() < 0 && string != QLatin1String("\n"))
                container->codeLineOffsets.last() = offset;
            container->code += string;
            return 0;
        }
        switch (type) {
        case MD_TEXT_NULLCHAR:
            self->appendInline(container, QString(QChar(0xFFFD)));
            break;
        case MD_TEXT_BR:
            self->appendInline(container, QStringLiteral("\n"));
            break;
        case MD_TEXT_SOFTBR:
            self->appendInline(container, QStringLiteral(" "));
            break;
        case MD_TEXT_ENTITY:
            self->appendInline(container, decodeEntity(string));
            break;
        default:
            self->appendInline(container, string);
            break;
        }
        return 0;
    }

    const QByteArray &m_input;
    std::unique_ptr<Block> m_root;
    std::vector<Block *> m_stack;
    int m_strong = 0;
    int m_emphasis = 0;
    int m_link = -1;
};

// ---------------------------------------------------------------------------------------------
// Helpers on the tree and the source text.

// Maps input offsets to 1-based line numbers and back.
class SourceLines
{
public:
    explicit SourceLines(const QByteArray &input) : m_input(input)
    {
        m_starts.push_back(0);
        for (qsizetype i = 0; i < input.size(); ++i) {
            if (input.at(i) == '\n')
                m_starts.push_back(i + 1);
        }
    }

    int lineOf(qsizetype offset) const
    {
        return int(std::upper_bound(m_starts.begin(), m_starts.end(), offset) - m_starts.begin());
    }
    int lineCount() const { return int(m_starts.size()); }
    qsizetype lineStart(int line) const
    {
        if (line < 1)
            return 0;
        return line > lineCount() ? m_input.size() : m_starts[size_t(line - 1)];
    }
    QString line(int number) const { return slice(number, number + 1); }
    // Lines [from, to) as text, without carriage returns.
    QString slice(int from, int to) const
    {
        const qsizetype begin = lineStart(from);
        const qsizetype end = std::max(begin, lineStart(to));
        QString text = QString::fromUtf8(m_input.constData() + begin, end - begin);
        text.remove(QLatin1Char('\r'));
        return text;
    }

private:
    const QByteArray &m_input;
    std::vector<qsizetype> m_starts;
};

struct LineRange {
    int first = 0;
    int last = 0; // inclusive
};

QString inlineText(const Block &block, bool withUrls = false)
{
    QString out;
    qsizetype linkStart = 0;
    for (qsizetype i = 0; i < block.inlines.size(); ++i) {
        const Inline &in = block.inlines.at(i);
        if (in.link >= 0 && (i == 0 || block.inlines.at(i - 1).link != in.link))
            linkStart = out.size();
        out += in.text;
        const bool linkEnds =
            in.link >= 0 && (i + 1 == block.inlines.size() || block.inlines.at(i + 1).link != in.link);
        if (withUrls && linkEnds) {
            const QString href = block.links.value(in.link);
            if (!href.isEmpty() && out.mid(linkStart).trimmed() != href)
                out += QLatin1String(" (") + href + QLatin1Char(')');
        }
    }
    return out;
}

QString simplifiedText(const Block &block, bool withUrls = false)
{
    return inlineText(block, withUrls).simplified();
}

bool isHeading(const Block *block)
{
    return block->type == BlockType::Heading && block->hasText() && !simplifiedText(*block).isEmpty();
}

const Block *firstParagraph(const Block &item)
{
    for (const auto &child : item.children) {
        if (child->type == BlockType::Paragraph)
            return child.get();
    }
    return nullptr;
}

void collectLinks(const Block &block, QStringList *links)
{
    *links += block.links;
    for (const auto &child : block.children)
        collectLinks(*child, links);
}

void collectListItems(const Block &block, QList<const Block *> *items)
{
    for (const auto &child : block.children) {
        if (child->type == BlockType::ListItem)
            items->append(child.get());
        collectListItems(*child, items);
    }
}

QString stripTrailingColon(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)))
        text.chop(1);
    return text.trimmed();
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FFFF);
}

// Terminal columns a character takes in a monospace rendering of the box diagram.
int displayWidth(char32_t c)
{
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD))
        return 2;
    return 1;
}

// Box drawing, block elements, geometric shapes (▶) and arrows split a diagram line into cells.
bool isDiagramSeparator(char32_t c)
{
    return c == U'|' || (c >= 0x2190 && c <= 0x21FF) || (c >= 0x2500 && c <= 0x25FF) || (c >= 0x27F0 && c <= 0x27FF)
           || (c >= 0x2900 && c <= 0x297F) || (c >= 0x2B00 && c <= 0x2BFF);
}

// ---------------------------------------------------------------------------------------------
// Durations, hours and names.

const QString monthsUnit = QStringLiteral(R"((?:个月|個月|months?|mos?\.?))");
const QString dash = QStringLiteral(R"((?:-|–|—|~|～|至|到|to))");

std::optional<MonthRange> parseMonths(const QString &text)
{
    static const QRegularExpression range(QStringLiteral(R"(^(\d+)\s*%1\s*(\d+)\s*%2$)").arg(dash, monthsUnit),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression single(QStringLiteral(R"(^(\d+)\s*%1$)").arg(monthsUnit),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression open(
        QStringLiteral(R"(^(?:持续发展|持續發展|持续|持續|长期|ongoing|open[- ]ended|continuous)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    if (const auto m = range.match(trimmed); m.hasMatch()) {
        const int min = m.captured(1).toInt();
        const int max = m.captured(2).toInt();
        if (min <= max)
            return MonthRange{min, max};
        return std::nullopt;
    }
    if (const auto m = single.match(trimmed); m.hasMatch())
        return MonthRange{m.captured(1).toInt(), m.captured(1).toInt()};
    if (open.match(trimmed).hasMatch())
        return MonthRange{0, std::nullopt};
    return std::nullopt;
}

// "(1-2个月)" → "1-2个月"; nothing if the text is not wrapped in (full-width) parentheses.
std::optional<QString> parenthesized(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() >= 2 && (t.startsWith(QLatin1Char('(')) || t.startsWith(QChar(0xFF08)))
        && (t.endsWith(QLatin1Char(')')) || t.endsWith(QChar(0xFF09))))
        return t.mid(1, t.size() - 2).trimmed();
    return std::nullopt;
}

// "入门阶段 (1-2个月)", "Getting Started (1-2 months): …", "入门阶段：1-2个月".
std::optional<std::pair<QString, MonthRange>> parseNamedDuration(const QString &text)
{
    static const QRegularExpression withParentheses(
        QStringLiteral(R"(^(.+?)\s*[(（]([^()（）]+)[)）]\s*(?:[:：—–-].*)?$)"));
    static const QRegularExpression withColon(QStringLiteral(R"(^([^:：]+?)\s*[:：]\s*(.+)$)"));
    for (const QRegularExpression *re : {&withParentheses, &withColon}) {
        const auto m = re->match(text.trimmed());
        if (!m.hasMatch())
            continue;
        const QString name = m.captured(1).trimmed();
        if (const auto months = parseMonths(m.captured(2)); months && !name.isEmpty())
            return std::make_pair(name, *months);
    }
    return std::nullopt;
}

// Stage names compare without "阶段"/"Stage", case and spacing: the overview says "基础夯实", its
// heading "基础夯实阶段"; "Getting Started" and "Getting Started Stage".
QString normalizedName(const QString &name)
{
    static const QRegularExpression numbering(
        QStringLiteral(
            R"(^(?:\d+\s*[.、:：)]\s*|stage\s+\d+\s*[:：.\-–]?\s*|第[一二三四五六七八九十\d]+阶段\s*[:：]?\s*))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression stageWord(QStringLiteral(R"(^stage\s+|\s*(?:阶段|stage)$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    QString n = name.simplified();
    n.remove(numbering);
    n.remove(stageWord);
    n = n.simplified().toCaseFolded();
    return n.isEmpty() ? name.simplified().toCaseFolded() : n;
}

bool nameMatches(const QString &text, const QString &stageName)
{
    const QString t = normalizedName(text);
    const QString n = normalizedName(stageName);
    return !n.isEmpty() && t.startsWith(n);
}

std::optional<double> parseItemHours(const QString &text)
{
    static const QRegularExpression hours(
        QStringLiteral(R"(^(?:[^:：]{1,20}[:：]\s*)?(?:约|大约|大概|about|approx\.?|approximately|around|~|≈)?\s*)"
                       R"((\d+(?:\.\d+)?)\s*(?:个)?\s*(?:小时|hours?|hrs?|h)\.?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = hours.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toDouble();
}

std::optional<HoursRange> parseWeeklyHours(const QString &text)
{
    static const QRegularExpression chinese(
        QStringLiteral(R"(每周[^\d]{0,4}(\d+)\s*(?:%1\s*(\d+))?\s*(?:个)?\s*小时)").arg(dash));
    static const QRegularExpression english(
        QStringLiteral(R"((\d+)\s*(?:%1\s*(\d+))?\s*(?:hours?|hrs?|h)\s*(?:per|a|each|every|/)\s*week)").arg(dash),
        QRegularExpression::CaseInsensitiveOption);
    // Most list items say nothing about weekly hours: skip the expressions for them.
    if (!text.contains(QStringLiteral("每周")) && !text.contains(QLatin1String("week"), Qt::CaseInsensitive))
        return std::nullopt;
    for (const QRegularExpression *re : {&chinese, &english}) {
        const auto m = re->match(text);
        if (!m.hasMatch())
            continue;
        const int min = m.captured(1).toInt();
        const int max = m.captured(2).isEmpty() ? min : m.captured(2).toInt();
        if (min <= max)
            return HoursRange{min, max, true};
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// What headings mean.

enum class SectionRole { Goals, Branches, Items };

struct Classification {
    SectionRole role = SectionRole::Items;
    ItemKind kind = ItemKind::Topic;
};

// Checked in order; the first keyword found in a heading decides. English keywords match at the
// start of a word ("course" in "Courses", not in "Discourse").
std::optional<Classification> classifyHeading(const QString &title)
{
    struct Keyword {
        const char *text;
        SectionRole role;
        ItemKind kind;
    };
    static const Keyword keywords[] = {
        {"目标", SectionRole::Goals, ItemKind::Topic},
        {"goal", SectionRole::Goals, ItemKind::Topic},
        {"objective", SectionRole::Goals, ItemKind::Topic},
        {"评估", SectionRole::Items, ItemKind::Assessment},
        {"assessment", SectionRole::Items, ItemKind::Assessment},
        {"参与", SectionRole::Items, ItemKind::Activity},
        {"take part", SectionRole::Items, ItemKind::Activity},
        {"get involved", SectionRole::Items, ItemKind::Activity},
        {"分支", SectionRole::Branches, ItemKind::Topic},
        {"方向", SectionRole::Branches, ItemKind::Topic},
        {"路径", SectionRole::Branches, ItemKind::Topic},
        {"branch", SectionRole::Branches, ItemKind::Topic},
        {"path", SectionRole::Branches, ItemKind::Topic},
        {"track", SectionRole::Branches, ItemKind::Topic},
        {"direction", SectionRole::Branches, ItemKind::Topic},
        {"expert", SectionRole::Branches, ItemKind::Topic},
        {"课程", SectionRole::Items, ItemKind::Course},
        {"course", SectionRole::Items, ItemKind::Course},
        {"读物", SectionRole::Items, ItemKind::Book},
        {"书", SectionRole::Items, ItemKind::Book},
        {"book", SectionRole::Items, ItemKind::Book},
        {"reading", SectionRole::Items, ItemKind::Book},
        {"资料", SectionRole::Items, ItemKind::Document},
        {"文档", SectionRole::Items, ItemKind::Document},
        {"documentation", SectionRole::Items, ItemKind::Document},
        {"docs", SectionRole::Items, ItemKind::Document},
        {"项目", SectionRole::Items, ItemKind::Project},
        {"project", SectionRole::Items, ItemKind::Project},
        {"资源", SectionRole::Items, ItemKind::Resource},
        {"平台", SectionRole::Items, ItemKind::Resource},
        {"resource", SectionRole::Items, ItemKind::Resource},
        {"platform", SectionRole::Items, ItemKind::Resource},
    };
    const QString folded = title.toCaseFolded();
    for (const Keyword &keyword : keywords) {
        const QString word = QString::fromUtf8(keyword.text);
        qsizetype from = 0;
        while ((from = folded.indexOf(word, from)) >= 0) {
            const bool ascii = word.at(0).unicode() < 0x80;
            if (!ascii || from == 0 || !folded.at(from - 1).isLetterOrNumber())
                return Classification{keyword.role, keyword.kind};
            ++from;
        }
    }
    return std::nullopt;
}

bool isContentsHeading(const QString &title)
{
    static const QStringList names{QStringLiteral("目录"), QStringLiteral("目錄"), QStringLiteral("contents"),
                                   QStringLiteral("table of contents"), QStringLiteral("toc")};
    return names.contains(title.simplified().toCaseFolded());
}

// The kind of a resource in a "推荐资源" / "Recommended resources" group, from its title.
ItemKind guessResourceKind(const QString &title, bool startsWithEmphasis)
{
    static const QRegularExpression book(QStringLiteral(R"(《|书|\bbooks?\b)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression document(QStringLiteral(R"(文档|\bdocs?\b|\bdocumentation\b)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression course(QStringLiteral(R"(课程|\bcourses?\b)"),
                                           QRegularExpression::CaseInsensitiveOption);
    // English renders book titles in italics where Chinese uses 《》.
    if (startsWithEmphasis || book.match(title).hasMatch())
        return ItemKind::Book;
    if (document.match(title).hasMatch())
        return ItemKind::Document;
    if (course.match(title).hasMatch())
        return ItemKind::Course;
    return ItemKind::Resource;
}

// ---------------------------------------------------------------------------------------------
// The document's outline.

// A level-2 section (or what comes before the first one), split by the headings inside it.
struct Outline {
    const Block *heading = nullptr;
    QList<const Block *> content;
    std::vector<Outline> subsections;

    QString title() const { return heading ? simplifiedText(*heading) : QString(); }
};

void fillOutline(Outline &node, const QList<const Block *> &blocks, qsizetype &i, int level)
{
    while (i < blocks.size()) {
        const Block *block = blocks.at(i);
        if (isHeading(block)) {
            if (block->level <= level)
                return;
            Outline sub;
            sub.heading = block;
            ++i;
            fillOutline(sub, blocks, i, block->level);
            node.subsections.push_back(std::move(sub));
        } else {
            node.content.append(block);
            ++i;
        }
    }
}

struct TopSection {
    const Block *heading = nullptr; // nullptr: the text before the first level-2 heading
    QList<const Block *> blocks;
    int firstLine = 1; // of the heading
    int bodyLine = 1;  // first line after the heading
    int endLine = 1;   // first line after the section

    QString title() const { return heading ? simplifiedText(*heading) : QString(); }
    Outline outline() const
    {
        Outline root;
        root.heading = heading;
        qsizetype i = 0;
        fillOutline(root, blocks, i, heading ? heading->level : 1);
        return root;
    }
};

struct OverviewStage {
    QString name;
    std::optional<MonthRange> months;
    int line = 0;
};

// ---------------------------------------------------------------------------------------------

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownImporter)

public:
    Importer(const QByteArray &input, QString *error) : m_lines(input), m_tree(input), m_error(error) {}

    std::optional<Roadmap> run();

private:
    bool fail(const QString &message)
    {
        if (m_error)
            *m_error = message;
        return false;
    }

    void splitSections();
    LineRange linesOf(const Block &block) const;
    LineRange fencedLinesOf(const Block &block, int limit) const;
    QString prose(int from, int to, const QList<LineRange> &excluded) const;

    bool findOverview();
    std::optional<QList<OverviewStage>> stagesFromDiagram(const Block &code);
    QList<OverviewStage> stagesFromList(const Block &list) const;

    bool buildStage(Stage &stage, const TopSection &section);
    void processSection(Stage &stage, const Outline &node, std::optional<Classification> inherited,
                        const QString &branchKey);
    void processBranches(Stage &stage, const Outline &node);
    void addBranchContent(Stage &stage, const QList<const Block *> &blocks, const QString &branchKey,
                          const QString &branchTitle);
    Item makeItem(const Block &listItem, ItemKind kind, bool inBranch, bool guessKind) const;
    void applyWeeklyHours(QList<Stage> &stages, const QList<OverviewStage> &names) const;

    SourceLines m_lines;
    TreeBuilder m_tree;
    QString *m_error;

    const Block *m_titleHeading = nullptr;
    std::vector<TopSection> m_sections;
    int m_overviewIndex = -1;
    QList<OverviewStage> m_overviewStages;
    LineRange m_overviewExcluded;
};

void Importer::splitSections()
{
    m_sections.push_back(TopSection{});
    for (const auto &child : m_tree.root().children) {
        const Block *block = child.get();
        if (isHeading(block) && block->level == 1 && !m_titleHeading) {
            m_titleHeading = block;
            continue;
        }
        if (isHeading(block) && block->level <= 2) {
            TopSection section;
            section.heading = block;
            const LineRange lines = linesOf(*block);
            section.firstLine = lines.first;
            section.bodyLine = lines.last + 1;
            // A setext heading's underline is not part of the body.
            if (!m_lines.line(lines.first).trimmed().startsWith(QLatin1Char('#')))
                ++section.bodyLine;
            m_sections.push_back(section);
            continue;
        }
        m_sections.back().blocks.append(block);
    }
    for (size_t i = 0; i < m_sections.size(); ++i)
        m_sections[i].endLine = i + 1 < m_sections.size() ? m_sections[i + 1].firstLine : m_lines.lineCount() + 1;
}

LineRange Importer::linesOf(const Block &block) const
{
    if (!block.hasText())
        return {};
    return {m_lines.lineOf(block.begin), m_lines.lineOf(std::max(block.begin, block.end - 1))};
}

// A code block's lines with its fences: md4c reports only the text between them.
LineRange Importer::fencedLinesOf(const Block &block, int limit) const
{
    LineRange range = linesOf(block);
    if (!block.fenced || !block.hasText())
        return range;
    static const QRegularExpression fence(QStringLiteral(R"(^\s{0,3}(?:`{3,}|~{3,})\s*$)"));
    --range.first;
    for (int line = range.last + 1; line < limit; ++line) {
        if (fence.match(m_lines.line(line).trimmed()).hasMatch()) {
            range.last = line;
            break;
        }
    }
    return range;
}

QString Importer::prose(int from, int to, const QList<LineRange> &excluded) const
{
    QString text;
    for (int line = from; line < to; ++line) {
        const bool skip = std::any_of(excluded.begin(), excluded.end(), [line](const LineRange &range) {
            return line >= range.first && line <= range.last;
        });
        if (!skip)
            text += m_lines.line(line);
    }
    static const QRegularExpression blankLines(QStringLiteral(R"(\n[ \t]*\n(?:[ \t]*\n)+)"));
    text.replace(blankLines, QStringLiteral("\n\n"));
    return text.trimmed();
}

std::optional<QList<OverviewStage>> Importer::stagesFromDiagram(const Block &code)
{
    struct Cell {
        int row;
        int start; // display columns, end exclusive
        int end;
        QString text;
    };
    struct Column {
        int start;
        int end;
        QStringList nameParts;
        int nameRow = -1;
        int durationRow = -1;
        QString duration;
        std::optional<MonthRange> months;
    };

    QStringList rows = code.code.split(QLatin1Char('\n'));
    // Source line of each row: rows are consecutive lines, and md4c reported where some of them start.
    int firstLine = 0;
    for (qsizetype r = 0; r < code.codeLineOffsets.size(); ++r) {
        if (code.codeLineOffsets.at(r) >= 0) {
            firstLine = m_lines.lineOf(code.codeLineOffsets.at(r)) - int(r);
            break;
        }
    }

    QList<Cell> cells;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        int column = 0;
        QString text;
        int start = -1;
        int end = -1;
        auto flush = [&] {
            const bool meaningful =
                std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
            if (meaningful)
                cells.append(Cell{int(r), start, end, text.trimmed()});
            text.clear();
            start = end = -1;
        };
        for (const char32_t c : rows.at(r).toUcs4()) {
            const int width = displayWidth(c);
            if (isDiagramSeparator(c)) {
                flush();
            } else {
                if (!QChar::isSpace(c)) {
                    if (start < 0)
                        start = column;
                    end = column + width;
                }
                if (start >= 0)
                    text += QString::fromUcs4(&c, 1);
            }
            column += width;
        }
        flush();
    }

    QList<Column> columns;
    auto overlapping = [&columns](const Cell &cell) {
        QList<qsizetype> found;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (cell.start < columns.at(i).end && columns.at(i).start < cell.end)
                found.append(i);
        }
        return found;
    };
    // Durations first: each one anchors a stage's column; names then join the column they sit in.
    for (const Cell &cell : std::as_const(cells)) {
        if (const auto inner = parenthesized(cell.text)) {
            const QList<qsizetype> found = overlapping(cell);
            if (std::any_of(found.begin(), found.end(),
                            [&columns](qsizetype i) { return columns.at(i).durationRow >= 0; }))
                continue;
            columns.append(Column{cell.start, cell.end, {}, -1, cell.row, cell.text, parseMonths(*inner)});
        } else if (const auto named = parseNamedDuration(cell.text)) {
            columns.append(Column{cell.start, cell.end, {named->first}, cell.row, cell.row, cell.text, named->second});
        }
    }
    if (columns.isEmpty())
        return QList<OverviewStage>{};
    for (const Cell &cell : std::as_const(cells)) {
        if (parenthesized(cell.text) || parseNamedDuration(cell.text))
            continue;
        const QList<qsizetype> found = overlapping(cell);
        if (found.isEmpty()) {
            columns.append(Column{cell.start, cell.end, {cell.text}, cell.row, -1, {}, std::nullopt});
        } else if (found.size() == 1) {
            Column &column = columns[found.first()];
            if (column.durationRow >= 0 && cell.row > column.durationRow)
                continue; // a note below the duration
            column.nameParts.append(cell.text);
            if (column.nameRow < 0)
                column.nameRow = cell.row;
            column.start = std::min(column.start, cell.start);
            column.end = std::max(column.end, cell.end);
        }
    }
    std::sort(columns.begin(), columns.end(), [](const Column &a, const Column &b) { return a.start < b.start; });

    QList<OverviewStage> stages;
    for (const Column &column : std::as_const(columns)) {
        const int line = firstLine + (column.nameRow >= 0 ? column.nameRow : column.durationRow);
        if (column.nameParts.isEmpty()) {
            fail(tr("The overview diagram shows the duration “%1” (line %2) without a stage name above it.")
                     .arg(column.duration)
                     .arg(line));
            return std::nullopt;
        }
        const QString name = column.nameParts.join(QLatin1Char(' '));
        if (column.durationRow >= 0 && !column.months) {
            fail(tr("The duration “%1” of the stage “%2” (line %3) is not understood: expected months such as "
                    "“(1-2个月)”, “(3–6 months)” or “(ongoing)”.")
                     .arg(column.duration, name)
                     .arg(firstLine + column.durationRow));
            return std::nullopt;
        }
        stages.append(OverviewStage{name, column.months, line});
    }
    return stages;
}

// A list is the overview when at least one of its items names a stage with its duration.
QList<OverviewStage> Importer::stagesFromList(const Block &list) const
{
    QList<OverviewStage> stages;
    bool any = false;
    for (const auto &child : list.children) {
        const Block *paragraph = child->type == BlockType::ListItem ? firstParagraph(*child) : nullptr;
        if (!paragraph)
            continue;
        const QString text = simplifiedText(*paragraph);
        const int line = linesOf(*paragraph).first;
        if (const auto named = parseNamedDuration(text)) {
            stages.append(OverviewStage{named->first, named->second, line});
            any = true;
        } else {
            stages.append(OverviewStage{stripTrailingColon(text), std::nullopt, line});
        }
    }
    return any ? stages : QList<OverviewStage>{};
}

bool Importer::findOverview()
{
    for (size_t i = 0; i < m_sections.size(); ++i) {
        const TopSection &section = m_sections[i];
        if (section.heading && isContentsHeading(section.title()))
            continue;
        QList<const Block *> lists;
        for (const Block *block : section.blocks) {
            if (block->type == BlockType::List) {
                lists.append(block);
                continue;
            }
            if (block->type != BlockType::Code)
                continue;
            const auto stages = stagesFromDiagram(*block);
            if (!stages)
                return false;
            if (!stages->isEmpty()) {
                m_overviewIndex = int(i);
                m_overviewStages = *stages;
                m_overviewExcluded = fencedLinesOf(*block, section.endLine);
                return true;
            }
        }
        for (const Block *list : std::as_const(lists)) {
            const auto stages = stagesFromList(*list);
            if (!stages.isEmpty()) {
                m_overviewIndex = int(i);
                m_overviewStages = stages;
                m_overviewExcluded = linesOf(*list);
                return true;
            }
        }
    }
    return true;
}

std::optional<Roadmap> Importer::run()
{
    if (!m_tree.parse()) {
        fail(tr("The file could not be read as Markdown."));
        return std::nullopt;
    }
    splitSections();

    Roadmap roadmap;
    if (m_titleHeading) {
        roadmap.title = simplifiedText(*m_titleHeading);
    } else {
        for (const TopSection &section : m_sections) {
            if (section.heading) {
                roadmap.title = section.title();
                break;
            }
        }
    }

    if (!findOverview())
        return std::nullopt;
    if (m_overviewIndex < 0) {
        fail(tr("No stages found: expected an overview, as a diagram in a code block or as a list, naming each "
                "stage with its duration, such as “入门阶段 (1-2个月)” or “Getting Started (1-2 months)”."));
        return std::nullopt;
    }
    for (const OverviewStage &entry : std::as_const(m_overviewStages)) {
        if (!entry.months) {
            fail(tr("The stage “%1” in the overview (line %2) has no duration: expected one such as “(1-2个月)”, "
                    "“(1-2 months)” or “(ongoing)”.")
                     .arg(entry.name)
                     .arg(entry.line));
            return std::nullopt;
        }
    }

    // Match level-2 headings to the overview's stages; the rest become reference pages.
    QList<int> stageSections(m_overviewStages.size(), -1);
    for (size_t i = 0; i < m_sections.size(); ++i) {
        const TopSection &section = m_sections[i];
        if (!section.heading || int(i) == m_overviewIndex || isContentsHeading(section.title()))
            continue;
        int best = -1;
        for (qsizetype s = 0; s < m_overviewStages.size(); ++s) {
            if (stageSections.at(s) >= 0 || !nameMatches(section.title(), m_overviewStages.at(s).name))
                continue;
            if (best < 0
                || normalizedName(m_overviewStages.at(s).name).size()
                       > normalizedName(m_overviewStages.at(best).name).size())
                best = int(s);
        }
        if (best >= 0) {
            stageSections[best] = int(i);
            continue;
        }
        roadmap.references.append(
            ReferencePage{section.title(), m_lines.slice(section.bodyLine, section.endLine).trimmed()});
    }

    for (qsizetype s = 0; s < m_overviewStages.size(); ++s) {
        const OverviewStage &entry = m_overviewStages.at(s);
        if (stageSections.at(s) < 0) {
            fail(tr("The overview (line %2) names the stage “%1”, but no level-2 heading such as “## %1” starts "
                    "its section.")
                     .arg(entry.name)
                     .arg(entry.line));
            return std::nullopt;
        }
        Stage stage;
        stage.key = QString::number(s + 1);
        stage.months = *entry.months;
        if (!buildStage(stage, m_sections[size_t(stageSections.at(s))]))
            return std::nullopt;
        roadmap.stages.append(stage);
    }
    applyWeeklyHours(roadmap.stages, m_overviewStages);

    // The introduction: text before the first level-2 heading and the overview's prose.
    QList<LineRange> excluded{m_overviewExcluded};
    if (m_titleHeading) {
        LineRange title = linesOf(*m_titleHeading);
        if (!m_lines.line(title.first).trimmed().startsWith(QLatin1Char('#')))
            ++title.last; // the underline of a setext heading
        excluded.append(title);
    }
    QStringList introduction;
    const TopSection &preamble = m_sections.front();
    introduction.append(prose(1, preamble.endLine, excluded));
    if (m_overviewIndex > 0) {
        const TopSection &overview = m_sections[size_t(m_overviewIndex)];
        introduction.append(prose(overview.bodyLine, overview.endLine, excluded));
    }
    introduction.removeAll(QString());
    roadmap.introduction = introduction.join(QLatin1String("\n\n"));

    bool han = false;
    bool latin = false;
    QString sample = roadmap.title;
    for (const Stage &stage : std::as_const(roadmap.stages))
        sample += stage.title;
    for (const char32_t c : sample.toUcs4()) {
        han = han || isHan(c);
        latin = latin || (c < 0x80 && QChar::isLetter(c));
    }
    roadmap.language = han ? QStringLiteral("zh_CN") : latin ? QStringLiteral("en") : QString();
    return roadmap;
}

bool Importer::buildStage(Stage &stage, const TopSection &section)
{
    const Outline outline = section.outline();
    stage.title = section.title();
    QStringList summary;
    for (const Block *block : outline.content) {
        if (block->type == BlockType::Paragraph)
            summary.append(simplifiedText(*block));
    }
    stage.summary = summary.join(QLatin1String("\n\n"));
    for (const Outline &sub : outline.subsections)
        processSection(stage, sub, std::nullopt, QString());

    int itemCount = 0;
    for (qsizetype s = 0; s < stage.sections.size(); ++s) {
        Section &sec = stage.sections[s];
        for (qsizetype i = 0; i < sec.items.size(); ++i)
            sec.items[i].key =
                stage.key % QLatin1Char('.') % QString::number(s + 1) % QLatin1Char('.') % QString::number(i + 1);
        itemCount += int(sec.items.size());
    }
    if (itemCount == 0) {
        return fail(tr("The stage “%1” (line %2) has no items: expected lists of courses, books, projects or "
                       "assessment points under its level-3 or level-4 headings.")
                        .arg(stage.title)
                        .arg(section.firstLine));
    }
    return true;
}

void Importer::processSection(Stage &stage, const Outline &node, std::optional<Classification> inherited,
                              const QString &branchKey)
{
    const std::optional<Classification> own = classifyHeading(node.title());
    if (own && own->role == SectionRole::Branches && branchKey.isEmpty()) {
        processBranches(stage, node);
        return;
    }
    // The deepest heading that says what it holds wins; otherwise the one above it decides.
    Classification effective = own ? *own : inherited.value_or(Classification{});
    if (effective.role == SectionRole::Branches)
        effective = Classification{};

    QList<const Block *> lists;
    for (const Block *block : node.content) {
        if (block->type == BlockType::List)
            lists.append(block);
    }
    if (effective.role == SectionRole::Goals) {
        for (const Block *list : std::as_const(lists)) {
            for (const auto &item : list->children) {
                if (const Block *paragraph = firstParagraph(*item); paragraph && !simplifiedText(*paragraph).isEmpty())
                    stage.goals.append(simplifiedText(*paragraph));
            }
        }
    } else {
        Section section;
        section.title = node.title();
        section.kind = effective.kind;
        section.branchKey = branchKey;
        for (const Block *list : std::as_const(lists)) {
            for (const auto &item : list->children) {
                Item made = makeItem(*item, effective.kind, !branchKey.isEmpty(), false);
                if (!made.title.isEmpty())
                    section.items.append(made);
            }
        }
        if (!section.items.isEmpty())
            stage.sections.append(section);
    }
    for (const Outline &sub : node.subsections)
        processSection(stage, sub, effective, branchKey);
}

void Importer::processBranches(Stage &stage, const Outline &node)
{
    auto addBranch = [&stage](const QString &title, const QString &description) {
        Branch branch;
        branch.key = stage.key % QLatin1String(".b") % QString::number(stage.branches.size() + 1);
        branch.title = title;
        branch.description = description;
        stage.branches.append(branch);
        return branch.key;
    };

    // "1. **应用开发方向**：侧重…": one branch per item.
    for (const Block *block : node.content) {
        if (block->type != BlockType::List)
            continue;
        for (const auto &item : block->children) {
            const Block *paragraph = firstParagraph(*item);
            if (!paragraph)
                continue;
            QString title;
            qsizetype i = 0;
            while (i < paragraph->inlines.size()
                   && (paragraph->inlines.at(i).strong || paragraph->inlines.at(i).text.trimmed().isEmpty()))
                title += paragraph->inlines.at(i++).text;
            QString description;
            for (; i < paragraph->inlines.size(); ++i)
                description += paragraph->inlines.at(i).text;
            if (title.trimmed().isEmpty()) {
                static const QRegularExpression colon(QStringLiteral("[:：]"));
                const QString text = simplifiedText(*paragraph);
                const qsizetype at = text.indexOf(colon);
                title = at < 0 ? text : text.left(at);
                description = at < 0 ? QString() : text.mid(at + 1);
            }
            description = description.simplified();
            while (description.startsWith(QLatin1Char(':')) || description.startsWith(QChar(0xFF1A)))
                description = description.mid(1).trimmed();
            title = stripTrailingColon(title.simplified());
            if (title.isEmpty())
                continue;
            const QString key = addBranch(title, description);
            QList<const Block *> nested;
            for (const auto &child : item->children) {
                if (child->type == BlockType::List)
                    nested.append(child.get());
            }
            addBranchContent(stage, nested, key, title);
        }
    }

    // "#### 应用开发工程师路径" and its bullets: one branch per subsection.
    for (const Outline &sub : node.subsections) {
        QStringList description;
        for (const Block *block : sub.content) {
            if (block->type == BlockType::Paragraph)
                description.append(simplifiedText(*block));
        }
        const QString key = addBranch(sub.title(), description.join(QLatin1Char('\n')));
        addBranchContent(stage, sub.content, key, sub.title());
        for (const Outline &deeper : sub.subsections)
            processSection(stage, deeper, Classification{}, key);
    }
}

// A branch's bullets: plain ones form a section named after the branch; a bold label with a nested
// list ("- **推荐资源**：") forms a section of its own, its kind read from the label.
void Importer::addBranchContent(Stage &stage, const QList<const Block *> &blocks, const QString &branchKey,
                                const QString &branchTitle)
{
    Section plain{branchTitle, ItemKind::Topic, branchKey, {}};
    auto flushPlain = [&] {
        if (!plain.items.isEmpty())
            stage.sections.append(plain);
        plain.items.clear();
    };
    for (const Block *list : blocks) {
        if (list->type != BlockType::List)
            continue;
        for (const auto &item : list->children) {
            const Block *paragraph = firstParagraph(*item);
            QList<const Block *> nested;
            for (const auto &child : item->children) {
                if (child->type == BlockType::List)
                    nested.append(child.get());
            }
            const bool labelled =
                paragraph && !nested.isEmpty()
                && std::all_of(paragraph->inlines.cbegin(), paragraph->inlines.cend(),
                               [](const Inline &in) { return in.strong || stripTrailingColon(in.text).isEmpty(); });
            if (!labelled) {
                Item made = makeItem(*item, ItemKind::Topic, true, false);
                if (!made.title.isEmpty())
                    plain.items.append(made);
                continue;
            }
            flushPlain();
            const QString label = stripTrailingColon(simplifiedText(*paragraph));
            const std::optional<Classification> labelClass = classifyHeading(label);
            const ItemKind kind =
                labelClass && labelClass->role == SectionRole::Items ? labelClass->kind : ItemKind::Topic;
            Section section{label, kind, branchKey, {}};
            for (const Block *nestedList : std::as_const(nested)) {
                for (const auto &nestedItem : nestedList->children) {
                    Item made = makeItem(*nestedItem, kind, true, kind == ItemKind::Resource);
                    if (!made.title.isEmpty())
                        section.items.append(made);
                }
            }
            if (!section.items.isEmpty())
                stage.sections.append(section);
        }
    }
    flushPlain();
}

Item Importer::makeItem(const Block &listItem, ItemKind kind, bool inBranch, bool guessKind) const
{
    Item item;
    item.kind = kind;
    const Block *first = firstParagraph(listItem);
    if (first)
        item.title = stripTrailingColon(simplifiedText(*first));

    static const QRegularExpression project(QStringLiteral(R"(^(?:项目|項目|project)\s*[:：]\s*(.+)$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (inBranch) {
        if (const auto m = project.match(item.title); m.hasMatch()) {
            item.kind = ItemKind::Project;
            item.title = m.captured(1).trimmed();
        }
    }
    if (guessKind) {
        bool emphasis = false;
        if (first) {
            for (const Inline &in : first->inlines) {
                if (in.text.trimmed().isEmpty())
                    continue;
                emphasis = in.emphasis;
                break;
            }
        }
        item.kind = guessResourceKind(item.title, emphasis);
    }

    QStringList links;
    collectLinks(listItem, &links);
    for (const QString &href : std::as_const(links)) {
        QUrl url(href.startsWith(QLatin1String("www."), Qt::CaseInsensitive) ? QLatin1String("http://") + href : href);
        if (url.isValid() && !href.isEmpty()) {
            item.link = url;
            break;
        }
    }

    // Everything below the title becomes details, except the line that only carries the item's link
    // and a duration line ("时长：约3小时"), which become the link and the estimate.
    std::function<void(const Block &)> addDetails = [&](const Block &block) {
        for (const auto &child : block.children) {
            if (child.get() == first)
                continue;
            if (child->type == BlockType::Paragraph) {
                const QString text = simplifiedText(*child);
                if (text.isEmpty())
                    continue;
                if (!item.estimatedHours) {
                    if (const auto hours = parseItemHours(text)) {
                        item.estimatedHours = hours;
                        continue;
                    }
                }
                if (child->links.size() == 1 && QUrl(child->links.first()) == item.link)
                    continue;
                item.details.append(simplifiedText(*child, true));
            } else if (child->type == BlockType::List || child->type == BlockType::ListItem
                       || child->type == BlockType::Quote) {
                addDetails(*child);
            }
        }
    };
    addDetails(listItem);
    return item;
}

void Importer::applyWeeklyHours(QList<Stage> &stages, const QList<OverviewStage> &names) const
{
    QList<const Block *> items;
    collectListItems(m_tree.root(), &items);
    static const QRegularExpression colon(QStringLiteral("[:：]"));
    for (const Block *item : std::as_const(items)) {
        const Block *paragraph = firstParagraph(*item);
        if (!paragraph)
            continue;
        const QString text = simplifiedText(*paragraph);
        const qsizetype at = text.indexOf(colon);
        if (at <= 0)
            continue;
        const auto hours = parseWeeklyHours(text.mid(at + 1));
        if (!hours)
            continue;
        const QString name = text.left(at);
        qsizetype best = -1;
        for (qsizetype s = 0; s < names.size(); ++s) {
            if (nameMatches(name, names.at(s).name)
                && (best < 0 || normalizedName(names.at(s).name).size() > normalizedName(names.at(best).name).size()))
                best = s;
        }
        if (best >= 0 && !stages.at(best).weeklyHours.fromGuide)
            stages[best].weeklyHours = *hours;
    }
    for (qsizetype s = 0; s < stages.size(); ++s) {
        if (stages.at(s).weeklyHours.fromGuide)
            continue;
        stages[s].weeklyHours = s == 0 ? HoursRange{10, 15, false} : stages.at(s - 1).weeklyHours;
        stages[s].weeklyHours.fromGuide = false;
    }
}

// The offset of the first byte that cannot be part of a UTF-8 text file, or -1.
qsizetype firstBinaryByte(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char b = bytes[i];
        if (b < 0x80) {
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v')
                return i;
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        char32_t min = 0;
        if ((b & 0xE0) == 0xC0) {
            length = 2;
            code = b & 0x1F;
            min = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            length = 3;
            code = b & 0x0F;
            min = 0x800;
        } else if ((b & 0xF8) == 0xF0) {
            length = 4;
            code = b & 0x07;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (bytes[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

} // namespace

std::optional<Roadmap> MarkdownImporter::parse(const QByteArray &markdown, QString *error)
{
    auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (markdown.size() > MaxFileSize) {
        return refuse(tr("The file is too large: a guide may have at most %1 MB, this one has %2 bytes.")
                          .arg(MaxFileSize / (1024 * 1024))
                          .arg(markdown.size()));
    }
    if (markdown.trimmed().isEmpty())
        return refuse(tr("The file is empty."));
    const qsizetype binary = firstBinaryByte(markdown);
    if (binary >= 0)
        return refuse(
            tr("This is not a text file: binary data at byte %1. Guides are Markdown files in UTF-8.").arg(binary));
    QByteArray input = markdown;
    if (input.startsWith("\xEF\xBB\xBF"))
        input.remove(0, 3);
    Importer importer(input, error);
    return importer.run();
}

std::optional<QByteArray> MarkdownImporter::readFile(const QString &path, QString *error)
{
    auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(tr("The file “%1” does not exist.").arg(path));
    if (info.isDir())
        return refuse(tr("“%1” is a folder, not a guide file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("The file “%1” cannot be read: %2").arg(path, file.errorString()));
    // Check the size before reading: a huge file must not be loaded only to be refused.
    if (file.size() > MaxFileSize) {
        return refuse(tr("The file “%1” is too large: a guide may have at most %2 MB, this one has %3 bytes.")
                          .arg(path)
                          .arg(MaxFileSize / (1024 * 1024))
                          .arg(file.size()));
    }
    const QByteArray data = file.read(MaxFileSize + 1); // sequential files report no size
    if (file.error() != QFileDevice::NoError)
        return refuse(tr("The file “%1” cannot be read: %2").arg(path, file.errorString()));
    if (data.size() > MaxFileSize)
        return refuse(tr("The file “%1” is too large: a guide may have at most %2 MB.")
                          .arg(path)
                          .arg(MaxFileSize / (1024 * 1024)));

    return data;
}

std::optional<Roadmap> MarkdownImporter::parseFile(const QString &path, QString *error)
{
    const std::optional<QByteArray> data = readFile(path, error);
    if (!data)
        return std::nullopt;
    const QFileInfo info(path);
    std::optional<Roadmap> roadmap = parse(*data, error);
    if (roadmap) {
        // "guide.zh_CN.md": the file name says the language better than a guess from the text.
        static const QRegularExpression language(QStringLiteral(R"(\.([a-z]{2,3}(?:_[A-Z]{2})?)\.md$)"));
        if (const auto m = language.match(info.fileName()); m.hasMatch())
            roadmap->language = m.captured(1);
    }
    return roadmap;
}
