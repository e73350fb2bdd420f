#include "ListPage.h"

#include "ListPageSupport.h"

#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace parat {

ListPage::ListPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_proxy(new QSortFilterProxyModel(this))
{ }

void ListPage::sortBy(QAbstractItemModel *model, int sortRole, bool localeAware)
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(sortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    if (localeAware)
        m_proxy->setSortLocaleAware(true);
}

QLabel *ListPage::makeSummary(const QString &objectName, bool bold)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(objectName);
    if (bold) {
        QFont font = m_summary->font();
        font.setBold(true);
        m_summary->setFont(font);
    }
    return m_summary;
}

void ListPage::makeRowButtons(const QString &addName, const QString &editName, const QString &removeName)
{
    m_add = listpage::button(addName, this);
    m_edit = listpage::button(editName, this);
    m_remove = listpage::button(removeName, this);
}

void ListPage::connectRowActions(const std::function<void()> &add, const std::function<void()> &edit,
                                 const std::function<void()> &remove)
{
    listpage::addRowKeys({m_view}, add, edit, remove);
    connect(m_add, &QPushButton::clicked, this, [add] { add(); });
    connect(m_edit, &QPushButton::clicked, this, [edit] { edit(); });
    connect(m_remove, &QPushButton::clicked, this, [remove] { remove(); });
    connect(m_view, &QTableView::doubleClicked, this, [edit] { edit(); });
}

std::function<void()> ListPage::reloadWhenShown(const std::function<void()> &reload)
{
    return listpage::reloadWhenShown(this, m_context, reload);
}

} // namespace parat
