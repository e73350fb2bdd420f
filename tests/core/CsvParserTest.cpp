#include "handbook/CsvParser.h"

#include "TestSupport.h"

using namespace parat;

namespace {

QStringList fields(const char *utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char('|'));
}

// Each text's detected separator is the one given.
struct SeparatorCase
{
    const char16_t *text;
    QChar separator;
};

void checkSeparators(std::initializer_list<SeparatorCase> cases)
{
    for (const SeparatorCase &c : cases) {
        INFO(QString::fromUtf16(c.text).toStdString());
        CHECK(detectCsvSeparator(c.text) == c.separator);
    }
}

} // namespace

TEST_CASE("CSV separator is detected from the header line outside quotes", "[csv]")
{
    checkSeparators({
        {u"key,phase,title_da\nA;B;C;D;E\n", QLatin1Char(',')},
        {u"key;phase;title_da\r\nA,B,C,D,E\r\n", QLatin1Char(';')},
        {u"key\tphase\ttitle_da\n", QLatin1Char('\t')},
        {u"\uFEFFkey;phase", QLatin1Char(';')},
        {u"\"a,b,c,d\";x;y\n", QLatin1Char(';')},
        {u"key", QLatin1Char(',')},
        {u"", QLatin1Char(',')},
        {u"sep=|\r\nkey|phase,title\r\n", QLatin1Char('|')},
    });
}

TEST_CASE("On equal counts the CSV separator prefers semicolon, then TAB, then comma", "[csv]")
{
    checkSeparators({
        {u"a;b\tc,d", QLatin1Char(';')},
        {u"a,b\tc;d", QLatin1Char(';')},
        {u"a;b;c\td\te,f,g\n1;2", QLatin1Char(';')},
        {u"a\tb,c", QLatin1Char('\t')},
        {u"a,b\tc", QLatin1Char('\t')},
        {u"a\tb\tc,d,e\n", QLatin1Char('\t')},
        {u"a;b,c,d", QLatin1Char(',')},
        {u"abc", QLatin1Char(',')},
    });
}

TEST_CASE("CSV quoted fields keep separators and doubled quotes and line breaks", "[csv]")
{
    const CsvDocument doc = parseCsv(u"key,title\nA,\"one, two\"\nB,\"say \"\"hi\"\"\"\nC,\"first\r\nsecond\"\nD,x\n");
    REQUIRE(doc.ok());
    CHECK(doc.separator == QLatin1Char(','));
    REQUIRE(doc.records.size() == 5);
    CHECK(doc.records[0].fields == fields("key|title"));
    CHECK(doc.records[1].fields == fields("A|one, two"));
    CHECK(doc.records[2].fields == fields("B|say \"hi\""));
    CHECK(doc.records[3].fields == fields("C|first\nsecond"));
    CHECK(doc.records[4].fields == fields("D|x"));
}

TEST_CASE("CSV records report the physical line where they start", "[csv]")
{
    const CsvDocument doc = parseCsv(u"h1;h2\r\n\"a\r\nb\r\nc\";1\r\n\r\nx;\"y\ny\"\r\nlast;2");
    REQUIRE(doc.ok());
    REQUIRE(doc.records.size() == 5);
    CHECK(doc.records[0].line == 1);
    CHECK(doc.records[1].line == 2);
    CHECK(doc.records[1].fields == fields("a\nb\nc|1"));
    CHECK(doc.records[2].line == 5); // a blank line is one empty field
    CHECK(doc.records[2].fields == QStringList {QString()});
    CHECK(doc.records[3].line == 6);
    CHECK(doc.records[4].line == 8);
    CHECK(doc.records[4].fields == fields("last|2"));
}

TEST_CASE("CSV accepts LF and CRLF and lone CR line ends and a missing last line end", "[csv]")
{
    for (const char16_t *text : {u"a,b\n1,2\n", u"a,b\r\n1,2\r\n", u"a,b\r1,2\r", u"a,b\n1,2"}) {
        const CsvDocument doc = parseCsv(text);
        REQUIRE(doc.records.size() == 2);
        CHECK(doc.records[1].fields == fields("1|2"));
        CHECK(doc.records[1].line == 2);
    }
}

TEST_CASE("CSV skips a BOM and an Excel sep line", "[csv]")
{
    const CsvDocument bom = parseCsv(u"\uFEFFkey;phase\nA;P1\n");
    REQUIRE(bom.records.size() == 2);
    CHECK(bom.records[0].fields == fields("key|phase"));

    const CsvDocument sep = parseCsv(u"sep=;\r\nkey;phase\r\nA;P1\r\n");
    CHECK(sep.separator == QLatin1Char(';'));
    REQUIRE(sep.records.size() == 2);
    CHECK(sep.records[0].fields == fields("key|phase"));
    CHECK(sep.records[0].line == 2);
}

TEST_CASE("CSV empty fields and trailing separators are kept", "[csv]")
{
    const CsvDocument doc = parseCsv(u"a;b;c\n;;\nx;;\"\"\n", QLatin1Char(';'));
    REQUIRE(doc.records.size() == 3);
    CHECK(doc.records[1].fields == QStringList(3, QString()));
    CHECK(doc.records[2].fields == fields("x||"));
}

TEST_CASE("CSV is lenient where spreadsheets are", "[csv]")
{
    // A quote inside an unquoted value is text; spaces before an opening quote are dropped.
    const CsvDocument doc = parseCsv(u"a,b,c\n5\" screen, \"x, y\",z\n");
    REQUIRE(doc.ok());
    REQUIRE(doc.records.size() == 2);
    CHECK(doc.records[1].fields == fields("5\" screen|x, y|z"));
}

TEST_CASE("CSV unterminated quote reports the line where it opened", "[csv]")
{
    const CsvDocument doc = parseCsv(u"a,b\n1,2\n3,\"open\n4,5\n6,7\n");
    CHECK_FALSE(doc.ok());
    CHECK(doc.unterminatedQuoteLine == 3);
    CHECK(doc.records.size() == 2);
}
