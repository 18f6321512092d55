<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/forms/contact_dialog.ui" line="6"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.ui" line="13"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.ui" line="19"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.ui" line="24"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.ui" line="33"/>
        <source>&amp;Primary contact (the one we talk to first)</source>
        <translation>主要联系人（首先联系的人）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.ui" line="38"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.ui" line="47"/>
        <source>E&amp;mail:</source>
        <translation>邮件(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.ui" line="56"/>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/contact_dialog.ui" line="64"/>
        <source>Known</source>
        <translation>已知</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="16"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="17"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="18"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="19"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="20"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="21"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="22"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="23"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="24"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="25"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="26"/>
        <source>Created on</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="27"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="28"/>
        <source>Company stage</source>
        <translation>企业阶段</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="29"/>
        <source>Annual category spend</source>
        <translation>年度品类支出</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="30"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="31"/>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="32"/>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="33"/>
        <source>R score</source>
        <translation>R 分</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="34"/>
        <source>F score</source>
        <translation>F 分</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="35"/>
        <source>M score</source>
        <translation>M 分</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="36"/>
        <source>First purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="37"/>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="38"/>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="39"/>
        <source>Net amount</source>
        <translation>净额</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="40"/>
        <source>Lifetime value (CLV)</source>
        <translation>终身价值 (CLV)</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="41"/>
        <source>Last interaction</source>
        <translation>最近互动</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="42"/>
        <location filename="../../ui/csv/csv_text.cpp" line="43"/>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="44"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="45"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="46"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="47"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="48"/>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="49"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="50"/>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="51"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="52"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="53"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="54"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="55"/>
        <location filename="../../ui/csv/csv_text.cpp" line="56"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="57"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="58"/>
        <source>Logged by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="59"/>
        <location filename="../../ui/csv/csv_text.cpp" line="60"/>
        <source>Complaint status</source>
        <translation>投诉状态</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="61"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="62"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="69"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="71"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="72"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="74"/>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="98"/>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="99"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="100"/>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="33"/>
        <source>Select a customer in the list to see its profile, contacts, history and value.</source>
        <translation>在列表中选择一个客户，查看其概况、联系人、历史和价值。</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="98"/>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="111"/>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="159"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="210"/>
        <source>All amounts to date, refunds included</source>
        <translation>截至目前的全部金额，含退款</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="231"/>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="278"/>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="325"/>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="354"/>
        <source>The latest interaction of any kind</source>
        <translation>任何类型的最近一次互动</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="375"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="403"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="439"/>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="457"/>
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="477"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="497"/>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="517"/>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="537"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="557"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="577"/>
        <source>Email:</source>
        <translation>邮件：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="597"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="617"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="637"/>
        <source>Customer since:</source>
        <translation>客户起始日期：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="657"/>
        <source>Company stage:</source>
        <translation>企业阶段：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="677"/>
        <source>Annual category spend:</source>
        <translation>年度品类支出：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="697"/>
        <source>Birthday:</source>
        <translation>生日：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="717"/>
        <source>Primary contact:</source>
        <translation>主要联系人：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="737"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="778"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="799"/>
        <source>Who was the primary contact</source>
        <translation>曾经的主要联系人</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="813"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="840"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="850"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="855"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="860"/>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="865"/>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="879"/>
        <location filename="../../ui/forms/customer_detail_view.ui" line="900"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="882"/>
        <source>Follow-ups and complaints</source>
        <translation>跟进和投诉</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="913"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="927"/>
        <source>Analytics</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="970"/>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="982"/>
        <source>Net revenue realised to date (历史价值)</source>
        <translation>截至目前已实现的净收入（历史价值）</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="1003"/>
        <source>Historical value</source>
        <translation>历史价值</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="1032"/>
        <source>Discounted revenue expected if today&apos;s buying pattern continues (当前价值, CLV)</source>
        <translation>若当前购买模式持续，预期收入的折现值（当前价值，CLV）</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="1053"/>
        <source>Current value, next 12 months</source>
        <translation>当前价值（未来 12 个月）</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="1082"/>
        <source>What more the customer could bring if we won all its category spend (潜在价值)</source>
        <translation>若赢得该客户全部品类支出，可额外带来的价值（潜在价值）</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="1103"/>
        <source>Potential value</source>
        <translation>潜在价值</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="1132"/>
        <source>Probability that the customer is still buying from us (BG/NBD)</source>
        <translation>客户仍在向我们购买的概率（BG/NBD）</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="1153"/>
        <source>Still active (P(alive))</source>
        <translation>仍活跃 (P(存活))</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="1189"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="1206"/>
        <source>5 = bought most recently</source>
        <translation>5 = 最近购买</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="1227"/>
        <source>Recency</source>
        <translation>最近一次消费</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="1256"/>
        <source>5 = buys most often</source>
        <translation>5 = 购买最频繁</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="1277"/>
        <source>Frequency</source>
        <translation>消费频率</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="1306"/>
        <source>5 = spends the most</source>
        <translation>5 = 消费最多</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="1327"/>
        <source>Monetary</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="1374"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="1409"/>
        <source>Scores over the last 12 months</source>
        <translation>最近 12 个月的评分</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_detail_view.ui" line="1448"/>
        <source>Lifecycle history</source>
        <translation>生命周期历史</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="6"/>
        <location filename="../../ui/forms/customer_dialog.ui" line="12"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="17"/>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="23"/>
        <source>Required, e.g. C-1001</source>
        <translation>必填，例如 C-1001</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="28"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="37"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="43"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="48"/>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="57"/>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="66"/>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="72"/>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="77"/>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="83"/>
        <source>Separated by commas</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="88"/>
        <source>Created &amp;on:</source>
        <translation>创建日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="100"/>
        <source>Company &amp;stage:</source>
        <translation>企业阶段(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="109"/>
        <source>Annual category &amp;spend:</source>
        <translation>年度品类支出(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="117"/>
        <source>Their yearly spend in our category</source>
        <translation>对方每年在我们品类上的支出</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="127"/>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="135"/>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="151"/>
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="156"/>
        <source>E&amp;mail:</source>
        <translation>邮件(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="165"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="174"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/customer_dialog.ui" line="183"/>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/forms/dashboard_view.ui" line="12"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../ui/forms/dashboard_view.ui" line="13"/>
        <location filename="../../ui/forms/dashboard_view.ui" line="15"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../ui/forms/dashboard_view.ui" line="13"/>
        <source>The date every panel is computed for</source>
        <translation>所有面板的计算日期</translation>
    </message>
    <message>
        <location filename="../../ui/forms/dashboard_view.ui" line="14"/>
        <source>Period from</source>
        <translation>期间起始</translation>
    </message>
    <message>
        <location filename="../../ui/forms/dashboard_view.ui" line="15"/>
        <source>First day of the period of the stage flow, the month ends and the cohorts</source>
        <translation>阶段流转、月末统计和同期群所用期间的第一天</translation>
    </message>
    <message>
        <location filename="../../ui/forms/dashboard_view.ui" line="16"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/forms/dashboard_view.ui" line="18"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/forms/dashboard_view.ui" line="20"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/forms/dashboard_view.ui" line="22"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/forms/dashboard_view.ui" line="32"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/forms/dashboard_view.ui" line="32"/>
        <source>Read the file again and recompute every panel</source>
        <translation>重新读取文件并重新计算所有面板</translation>
    </message>
    <message>
        <location filename="../../ui/forms/dashboard_view.ui" line="33"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/dashboard_view.ui" line="34"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/dashboard_view.ui" line="35"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>DetailRows</name>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="78"/>
        <source>Contact and role</source>
        <translation>联系人及角色</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="78"/>
        <source>Phone and email</source>
        <translation>电话和邮件</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="90"/>
        <location filename="../../ui/detail/detail_rows.cpp" line="101"/>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="93"/>
        <source>Birthday %1</source>
        <translation>生日 %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="101"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="101"/>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="108"/>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="111"/>
        <source>This contact has since been deleted.</source>
        <translation>该联系人已被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="118"/>
        <location filename="../../ui/detail/detail_rows.cpp" line="205"/>
        <location filename="../../ui/detail/detail_rows.cpp" line="222"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="118"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="118"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="118"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="147"/>
        <source>(no product)</source>
        <translation>（无产品）</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="150"/>
        <source>Reference %1</source>
        <translation>单号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="152"/>
        <source>Cost %1, margin %2</source>
        <translation>成本 %1，毛利 %2</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="158"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="158"/>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="170"/>
        <source>With %1</source>
        <translation>与 %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="172"/>
        <source>Logged by %1</source>
        <translation>记录人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="180"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="180"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="180"/>
        <location filename="../../ui/detail/detail_rows.cpp" line="205"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="192"/>
        <source>Done %1</source>
        <translation>已完成 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/detail_rows.cpp" line="194"/>
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="197"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="199"/>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="205"/>
        <source>Complaint → resolution</source>
        <translation>投诉 → 处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="214"/>
        <source>Resolution: %1</source>
        <translation>处理结果：%1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="222"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="222"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="230"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="232"/>
        <source>Set by hand: %1</source>
        <translation>手动设置：%1</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="14"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="14"/>
        <source>Exploration</source>
        <translation>考察期</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="15"/>
        <source>Formation</source>
        <translation>形成期</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="15"/>
        <source>Stability</source>
        <translation>稳定期</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="16"/>
        <source>Decline</source>
        <translation>退化期</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="16"/>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="20"/>
        <source>Identify and qualify: is this a customer worth developing?</source>
        <translation>识别与甄别：这是否值得开发的客户？</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="21"/>
        <source>Build trust: deliver the first orders flawlessly and learn the customer&apos;s needs.</source>
        <translation>建立信任：做好最初的订单，了解客户需求。</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="22"/>
        <source>Grow the relationship: cross-sell, up-sell and deepen the contacts.</source>
        <translation>发展关系：交叉销售、追加销售，深化联系。</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="23"/>
        <source>Keep and reward: service quality, loyalty and share of wallet.</source>
        <translation>保持与回馈：服务质量、忠诚度和客户份额。</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="24"/>
        <source>Diagnose and win back: find the cause and act before the customer is lost.</source>
        <translation>诊断与挽回：找出原因，在客户流失前采取行动。</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="25"/>
        <source>Decide whether to win back; learn why the customer left.</source>
        <translation>决定是否挽回；了解客户离开的原因。</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="30"/>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="30"/>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="31"/>
        <source>Potential Loyalists</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="31"/>
        <source>New Customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="32"/>
        <source>Promising</source>
        <translation>有望客户</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="32"/>
        <source>Need Attention</source>
        <translation>需关注客户</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="33"/>
        <source>About to Sleep</source>
        <translation>将沉睡客户</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="33"/>
        <source>At Risk</source>
        <translation>风险客户</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="34"/>
        <source>Can&apos;t Lose Them</source>
        <translation>不能失去的客户</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="34"/>
        <source>Hibernating</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="47"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="48"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="13"/>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="13"/>
        <source>Purchaser</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="14"/>
        <source>Technical</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="14"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="15"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="19"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="19"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="20"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="20"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="21"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="21"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="25"/>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="26"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="27"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="31"/>
        <source>Start-up</source>
        <translation>初创期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="32"/>
        <source>Growth</source>
        <translation>成长期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="33"/>
        <source>Mature</source>
        <translation>成熟期</translation>
    </message>
    <message>
        <location filename="../../ui/edit/record_text.cpp" line="28"/>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/forms/export_dialog.ui" line="14"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/forms/export_dialog.ui" line="22"/>
        <source>E&amp;xport:</source>
        <translation>导出(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/export_dialog.ui" line="44"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/forms/export_dialog.ui" line="65"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/export_dialog.ui" line="72"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/export_dialog.ui" line="79"/>
        <source>De&amp;faults</source>
        <translation>默认(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/export_dialog.ui" line="98"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/forms/export_dialog.ui" line="104"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/export_dialog.ui" line="117"/>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/export_dialog.ui" line="130"/>
        <source>&amp;Protect against formulas (text starting with = + - @ gets a leading &apos;)</source>
        <translation>防止公式注入（以 = + - @ 开头的文本前加 &apos;）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/export_dialog.ui" line="145"/>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/export_dialog.ui" line="157"/>
        <source>Path of the CSV file to write</source>
        <translation>要写入的 CSV 文件路径</translation>
    </message>
    <message>
        <location filename="../../ui/forms/export_dialog.ui" line="167"/>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
</context>
<context>
    <name>FieldErrorLabels</name>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="56"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="58"/>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>“%1”不是有效的邮件地址。</translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="60"/>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="62"/>
        <source>Use 1 to 64 letters, digits or - _ . / (no spaces).</source>
        <translation>请使用 1 到 64 个字母、数字或 - _ . /（不含空格）。</translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="64"/>
        <source>&quot;%1&quot; is not a usable tag (1 to 64 characters).</source>
        <translation>“%1”不是可用的标签（1 到 64 个字符）。</translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="67"/>
        <source>Another customer already has the code &quot;%1&quot;.</source>
        <translation>已有其他客户使用编号“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="69"/>
        <source>This customer already has a transaction with this reference.</source>
        <translation>该客户已有使用此单号的交易。</translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="71"/>
        <source>Too long.</source>
        <translation>过长。</translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="73"/>
        <source>Contains characters that cannot be stored.</source>
        <translation>包含无法保存的字符。</translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="75"/>
        <source>Cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="77"/>
        <source>Not a date.</source>
        <translation>不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="79"/>
        <source>Enter a subject or notes.</source>
        <translation>请输入主题或备注。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/forms/follow_up_dialog.ui" line="6"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../ui/forms/follow_up_dialog.ui" line="13"/>
        <source>&amp;Due:</source>
        <translation>到期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/follow_up_dialog.ui" line="25"/>
        <source>&amp;What:</source>
        <translation>事项(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/follow_up_dialog.ui" line="31"/>
        <source>Required, e.g. Call about the renewal</source>
        <translation>必填，例如 致电商谈续约</translation>
    </message>
    <message>
        <location filename="../../ui/forms/follow_up_dialog.ui" line="38"/>
        <source>D&amp;one on</source>
        <translation>完成于(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <location filename="../../ui/forms/import_check_page.ui" line="6"/>
        <source>Check every row</source>
        <translation>检查每一行</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_check_page.ui" line="9"/>
        <source>A dry run reads the whole file and lists what would go wrong, without changing anything.</source>
        <translation>试运行会读取整个文件并列出可能出错之处，不做任何修改。</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_check_page.ui" line="15"/>
        <source>When a record is already stored</source>
        <translation>当记录已存在时</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_check_page.ui" line="21"/>
        <source>&amp;Skip it: keep what is stored</source>
        <translation>跳过(&amp;S)：保留已存储的内容</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_check_page.ui" line="28"/>
        <source>&amp;Update it with the values of the file</source>
        <translation>用文件中的值更新(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_check_page.ui" line="35"/>
        <source>&amp;Report it as a problem</source>
        <translation>报告为问题(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_check_page.ui" line="67"/>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_check_page.ui" line="108"/>
        <source>Import only the &amp;valid rows (the rows with problems can be saved to a file afterwards)</source>
        <translation>仅导入有效行（有问题的行可在之后保存到文件）(&amp;V)</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <location filename="../../ui/forms/import_mapping_page.ui" line="6"/>
        <source>Match the columns to fields</source>
        <translation>将列匹配到字段</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_mapping_page.ui" line="9"/>
        <source>Each column of the file is imported into the field chosen for it, as suggested by its header. Columns set to &quot;Do not import&quot; are left out.</source>
        <translation>文件的每一列会导入为其选定的字段（根据列标题建议）。设为“不导入”的列将被忽略。</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_mapping_page.ui" line="28"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_mapping_page.ui" line="33"/>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_mapping_page.ui" line="38"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <location filename="../../ui/forms/import_preview_page.ui" line="6"/>
        <source>Check how the file is read</source>
        <translation>检查文件的读取方式</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_preview_page.ui" line="9"/>
        <source>The first rows as they will be imported. If the text looks garbled or the columns are not split right, choose the encoding or the delimiter.</source>
        <translation>以下是将要导入的前几行。如果文字显示乱码或列拆分不正确，请选择编码或分隔符。</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_preview_page.ui" line="17"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_preview_page.ui" line="46"/>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <location filename="../../ui/forms/import_run_page.ui" line="6"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_run_page.ui" line="9"/>
        <source>The file is imported as one unit: if it is cancelled or fails, the database stays as it was.</source>
        <translation>文件作为一个整体导入：如果取消或失败，数据库将保持原样。</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_run_page.ui" line="34"/>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_run_page.ui" line="43"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_run_page.ui" line="49"/>
        <source>Added:</source>
        <translation>已添加：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_run_page.ui" line="59"/>
        <source>Updated:</source>
        <translation>已更新：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_run_page.ui" line="69"/>
        <source>Skipped (already stored):</source>
        <translation>已跳过（已存在）：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_run_page.ui" line="79"/>
        <source>Rejected (with problems):</source>
        <translation>已拒绝（有问题）：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_run_page.ui" line="92"/>
        <source>Rows with problems</source>
        <translation>有问题的行</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_run_page.ui" line="101"/>
        <source>Save the rejected rows as they were, with the reason in an extra last column, to correct them and import them again.</source>
        <translation>按原样保存被拒绝的行，并在最后追加一列说明原因，以便修正后重新导入。</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_run_page.ui" line="110"/>
        <source>Path of the file to write</source>
        <translation>要写入的文件路径</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_run_page.ui" line="117"/>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_run_page.ui" line="124"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ImportSourcePage</name>
    <message>
        <location filename="../../ui/forms/import_source_page.ui" line="6"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_source_page.ui" line="9"/>
        <source>A CSV file separated by commas, semicolons or tabs, in UTF-8, GB18030 or UTF-16. Its first line names the columns.</source>
        <translation>以逗号、分号或制表符分隔的 CSV 文件，编码为 UTF-8、GB18030 或 UTF-16。第一行为列名。</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_source_page.ui" line="17"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_source_page.ui" line="29"/>
        <source>Path of the CSV file</source>
        <translation>CSV 文件路径</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_source_page.ui" line="39"/>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../../ui/forms/import_source_page.ui" line="55"/>
        <source>&amp;Rows are:</source>
        <translation>行类型(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/forms/interaction_dialog.ui" line="6"/>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../../ui/forms/interaction_dialog.ui" line="13"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/interaction_dialog.ui" line="22"/>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/interaction_dialog.ui" line="43"/>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/interaction_dialog.ui" line="52"/>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/interaction_dialog.ui" line="61"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/interaction_dialog.ui" line="73"/>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/interaction_dialog.ui" line="82"/>
        <source>Complaint st&amp;atus:</source>
        <translation>投诉状态(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/interaction_dialog.ui" line="91"/>
        <source>&amp;Resolution:</source>
        <translation>处理结果(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/interaction_dialog.ui" line="103"/>
        <source>&amp;Logged by:</source>
        <translation>记录人(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>LifecycleRules</name>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="26"/>
        <source>Lost after (days without a purchase)</source>
        <translation>判定流失（无购买天数）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="27"/>
        <source>A customer with no purchase for this many days is Lost.</source>
        <translation>客户连续这么多天没有购买即判定为流失。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="29"/>
        <source>Recent revenue window (days)</source>
        <translation>近期收入窗口（天）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="30"/>
        <source>The revenue signal compares the revenue of this many recent days...</source>
        <translation>收入信号将最近这么多天的收入……</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="33"/>
        <source>Compared with the average of (days before)</source>
        <translation>对比此前平均（天）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="34"/>
        <source>...with the average revenue per window over this many days before them.</source>
        <translation>……与之前这么多天内每个窗口的平均收入进行比较。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="37"/>
        <source>Decline below (share of the average)</source>
        <translation>退化阈值（占平均的比例）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="38"/>
        <source>Recent revenue below this share of the average (0.5 = half) signals Decline.</source>
        <translation>近期收入低于平均值的这一比例（0.5 = 一半）即发出退化信号。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="42"/>
        <source>Recovered at (share of the average)</source>
        <translation>恢复阈值（占平均的比例）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="43"/>
        <source>A declining customer is back in Formation once recent revenue reaches this share; not below the decline share.</source>
        <translation>退化期客户的近期收入达到这一比例即回到形成期；不得低于退化阈值。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="47"/>
        <source>Decline confirmed after (days)</source>
        <translation>退化确认（天）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="48"/>
        <source>A revenue decline counts once its signal has held this many days.</source>
        <translation>收入下降信号持续这么多天后才确认为退化。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="51"/>
        <source>Silence signals Decline after (mean gaps)</source>
        <translation>沉默判定退化（平均间隔倍数）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="52"/>
        <source>No purchase for longer than this many mean gaps between purchases signals Decline...</source>
        <translation>无购买时间超过平均购买间隔的这一倍数即发出退化信号……</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="55"/>
        <source>...and at least (days)</source>
        <translation>……且至少（天）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="56"/>
        <source>...when the silence is also at least this many days.</source>
        <translation>……且沉默期至少达到这么多天。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="58"/>
        <source>Exploration until (purchases)</source>
        <translation>考察期上限（购买次数）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="59"/>
        <source>With fewer purchases than this the customer is still in Exploration.</source>
        <translation>购买次数少于此值的客户仍处于考察期。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="62"/>
        <source>Exploration for (days after the first purchase)</source>
        <translation>考察期时长（首次购买后天数）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="63"/>
        <source>A customer whose first purchase is more recent than this is still in Exploration.</source>
        <translation>首次购买距今不足这么多天的客户仍处于考察期。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="67"/>
        <source>Stability after (days of relationship)</source>
        <translation>进入稳定期（关系天数）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="68"/>
        <source>Stability needs a relationship at least this many days old...</source>
        <translation>进入稳定期需要关系至少持续这么多天……</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="71"/>
        <source>...with purchases in (of the last 4 quarters)</source>
        <translation>……且有购买的季度数（最近 4 个季度中）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="72"/>
        <source>...and purchases in at least this many of the last four quarters (1 to 4).</source>
        <translation>……并在最近四个季度中至少这么多个季度有购买（1 到 4）。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="75"/>
        <source>Quarter length (days)</source>
        <translation>季度长度（天）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="76"/>
        <source>The length of the quarter windows above.</source>
        <translation>上述季度窗口的长度。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="92"/>
        <source>Not accepted: %1</source>
        <translation>未接受：%1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="117"/>
        <source>default %1</source>
        <translation>默认 %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="9"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="30"/>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="66"/>
        <source>Show &amp;all</source>
        <translation>显示全部(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="91"/>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="99"/>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <location filename="../../ui/edit/money_input.cpp" line="20"/>
        <source>Whole amounts only: this currency has no decimals.</source>
        <translation>只能输入整数：该币种没有小数。</translation>
    </message>
    <message>
        <location filename="../../ui/edit/money_input.cpp" line="22"/>
        <source>At most %1 digits after the decimal point.</source>
        <translation>小数点后最多 %1 位。</translation>
    </message>
    <message>
        <location filename="../../ui/edit/money_input.cpp" line="26"/>
        <source>Not an amount: type digits, e.g. 1234.50.</source>
        <translation>不是有效金额：请输入数字，例如 1234.50。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="6"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="12"/>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="16"/>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="20"/>
        <source>Current &amp;user:</source>
        <translation>当前用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="26"/>
        <source>Your name as it appears as customer owner</source>
        <translation>您作为客户负责人显示的名字</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="32"/>
        <source>&quot;My customers&quot; and the Today page&apos;s at-risk list show the customers this person owns. The owners in this database are offered as you type.</source>
        <translation>“我的客户”和今日页面的风险列表显示此人负责的客户。输入时会提示此数据库中已有的负责人。</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="38"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="47"/>
        <source>A new language takes effect after a restart.</source>
        <translation>新语言在重启后生效。</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="56"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="60"/>
        <source>Amounts shown in:</source>
        <translation>金额显示币种：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="71"/>
        <source>Each database keeps all its amounts in one currency, chosen when the database was created. It cannot be changed here: converting amounts would change the history.</source>
        <translation>每个数据库的所有金额都使用同一种货币，在创建数据库时选定。此处无法更改：换算金额会改变历史数据。</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="80"/>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="84"/>
        <source>Back up &amp;every:</source>
        <translation>备份间隔(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="92"/>
        <source> day(s)</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="93"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="98"/>
        <source>&amp;Keep the last:</source>
        <translation>保留最近(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="106"/>
        <source> backup(s)</source>
        <translation> 个备份</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="111"/>
        <source>When a database is opened and its newest backup is older than this, a checked copy is made in the folder beside it (FILE.backups), and only the newest ones are kept. Restore one from the File menu.</source>
        <translation>打开数据库时，如果最新备份早于此间隔，会在其旁边的文件夹（FILE.backups）中生成一份经过校验的副本，并只保留最新的若干份。可从“文件”菜单恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="124"/>
        <source>&amp;Lifecycle thresholds</source>
        <translation>生命周期阈值(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="128"/>
        <source>The thresholds of the rules that derive each customer&apos;s lifecycle stage from the purchases. They are kept in the database, so everyone using this file sees the same stages.</source>
        <translation>根据购买记录推导每个客户生命周期阶段的规则阈值。阈值保存在数据库中，因此使用此文件的每个人看到的阶段都相同。</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="145"/>
        <source>Restore &amp;defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <location filename="../../ui/edit/store_command.cpp" line="21"/>
        <source>Cannot redo &quot;%1&quot;</source>
        <translation>无法重做“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/edit/store_command.cpp" line="25"/>
        <source>Cannot undo &quot;%1&quot;</source>
        <translation>无法撤销“%1”</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="22"/>
        <source>Follow-ups due</source>
        <translation>到期跟进</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="31"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="32"/>
        <location filename="../../ui/forms/today_view.ui" line="95"/>
        <location filename="../../ui/forms/today_view.ui" line="149"/>
        <location filename="../../ui/forms/today_view.ui" line="172"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="33"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="34"/>
        <location filename="../../ui/forms/today_view.ui" line="174"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="41"/>
        <source>Double-click or press Enter to open the customer.</source>
        <translation>双击或按 Enter 键打开客户。</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="48"/>
        <source>&amp;Mark done</source>
        <translation>标记完成(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="49"/>
        <source>Mark the selected follow-up done today (Ctrl+D)</source>
        <translation>将所选跟进标记为今天完成 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="59"/>
        <source>At risk</source>
        <translation>风险客户</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="68"/>
        <source>Computing the at-risk customers…</source>
        <translation>正在计算风险客户…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="96"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="97"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="98"/>
        <source>Value at stake</source>
        <translation>风险价值</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="99"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="111"/>
        <source>Birthdays this week</source>
        <translation>本周生日</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="120"/>
        <source>Looking up the birthdays…</source>
        <translation>正在查询生日…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="147"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="148"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="150"/>
        <source>Turns</source>
        <translation>年满</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="162"/>
        <source>Open complaints</source>
        <translation>未处理投诉</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="171"/>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../ui/forms/today_view.ui" line="173"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>TransactionDialog</name>
    <message>
        <location filename="../../ui/forms/transaction_dialog.ui" line="6"/>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../ui/forms/transaction_dialog.ui" line="13"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/transaction_dialog.ui" line="25"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/transaction_dialog.ui" line="33"/>
        <source>Negative for a refund</source>
        <translation>退款填负数</translation>
    </message>
    <message>
        <location filename="../../ui/forms/transaction_dialog.ui" line="43"/>
        <source>C&amp;ost:</source>
        <translation>成本(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/transaction_dialog.ui" line="51"/>
        <source>Optional: our direct cost</source>
        <translation>可选：我方直接成本</translation>
    </message>
    <message>
        <location filename="../../ui/forms/transaction_dialog.ui" line="61"/>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/transaction_dialog.ui" line="70"/>
        <source>&amp;Reference:</source>
        <translation>单号(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/transaction_dialog.ui" line="76"/>
        <source>Invoice or order no.</source>
        <translation>发票号或订单号</translation>
    </message>
</context>
<context>
    <name>crm::ui::AtRiskPanel</name>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="24"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="24"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="24"/>
        <source>Value at stake</source>
        <translation>风险价值</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="24"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="24"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="25"/>
        <source>At risk: the customers with the most value at stake</source>
        <translation>风险客户：风险价值最高的客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="34"/>
        <source>List all at risk</source>
        <translation>列出全部风险客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="36"/>
        <source>every customer at risk</source>
        <translation>全部风险客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="40"/>
        <source>at risk: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="48"/>
        <source>Ranking the customers by value at stake × risk: this needs every transaction and follows in a moment…</source>
        <translation>正在按风险价值 × 风险对客户排序：需要读取全部交易，稍后显示…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="54"/>
        <source>%1 customers at risk; value at stake %2, of which %3 expected to be lost (value × risk). Ranked by value × risk.</source>
        <translation>%1 个风险客户；风险价值 %2，其中预计损失 %3（价值 × 风险）。按价值 × 风险排序。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="64"/>
        <source>%1 %2: click to list</source>
        <translation>%1 %2：点击列出</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="68"/>
        <source>12-month lifetime value from the model</source>
        <translation>模型预测的 12 个月终身价值</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="69"/>
        <source>average yearly net revenue</source>
        <translation>年均净收入</translation>
    </message>
</context>
<context>
    <name>crm::ui::BackupActions</name>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="54"/>
        <source>#%1  %2  (%3)</source>
        <translation>#%1  %2  (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="72"/>
        <source>Backing up...</source>
        <translation>正在备份...</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="72"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="87"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="93"/>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="94"/>
        <source>CRM databases (*.crm *.db)</source>
        <translation>CRM 数据库 (*.crm *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="98"/>
        <source>Backed up and checked: %1</source>
        <translation>已备份并校验：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="105"/>
        <location filename="../../ui/main/backup_actions.cpp" line="115"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="106"/>
        <source>There are no backups of this database yet (File &gt; Backup now, or the automatic daily backup).</source>
        <translation>此数据库还没有备份（文件 &gt; 立即备份，或每日自动备份）。</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="116"/>
        <source>Replace the open database with this backup?
The current file is kept as one more backup.</source>
        <translation>用此备份替换当前打开的数据库？
当前文件将另存为一个备份。</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="124"/>
        <source>Restored backup #%1</source>
        <translation>已恢复备份 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="126"/>
        <location filename="../../ui/main/backup_actions.cpp" line="155"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="135"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="145"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="146"/>
        <source>%1

Restore the latest backup (%2)? The damaged file is kept beside its backups.</source>
        <translation>%1

恢复最新备份（%2）？损坏的文件将保留在备份旁边。</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="178"/>
        <source>Automatic backup #%1 made and checked</source>
        <translation>已完成并校验自动备份 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="180"/>
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
</context>
<context>
    <name>crm::ui::ChangeRows</name>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="27"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="28"/>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="29"/>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="30"/>
        <source>transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="31"/>
        <source>interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="32"/>
        <source>follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="38"/>
        <source>code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="39"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="40"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="41"/>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="42"/>
        <source>region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="43"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="44"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="45"/>
        <source>email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="46"/>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="47"/>
        <source>created on</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="48"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="49"/>
        <source>company stage</source>
        <translation>企业阶段</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="50"/>
        <source>annual spend</source>
        <translation>年度支出</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="51"/>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="52"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="53"/>
        <source>primary</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="54"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="55"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="56"/>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="57"/>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="58"/>
        <source>reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="59"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="60"/>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="61"/>
        <source>subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="62"/>
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="63"/>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="64"/>
        <source>complaint status</source>
        <translation>投诉状态</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="65"/>
        <source>resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="66"/>
        <source>due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="67"/>
        <source>done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="82"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="84"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="84"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="100"/>
        <source>Added %1: %2</source>
        <translation>新增%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="102"/>
        <source>Deleted %1: %2</source>
        <translation>删除%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="105"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="129"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="132"/>
        <source>%1 (by %2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/detail/change_rows.cpp" line="134"/>
        <source>By %1 at %2</source>
        <translation>由 %1 于 %2 修改</translation>
    </message>
</context>
<context>
    <name>crm::ui::ClvPanel</name>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="190"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="190"/>
        <location filename="../../ui/dashboard/value_panels.cpp" line="236"/>
        <location filename="../../ui/dashboard/value_panels.cpp" line="248"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="190"/>
        <source>Expected revenue, 12 months</source>
        <translation>12 个月预期收入</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="191"/>
        <source>Lifetime value: CLV, P(alive) and expected revenue of the next 12 months</source>
        <translation>终身价值：CLV、P(存活) 及未来 12 个月预期收入</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="214"/>
        <source>Valuing the customers with the lifetime-value model…</source>
        <translation>正在用终身价值模型评估客户…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="219"/>
        <source>No lifetime-value model is stored for %1. Fit one (crm clv fit --as-of %1) to see the distribution of CLV and P(alive) and the expected revenue of the next 12 months by stage and owner.</source>
        <translation>%1 没有保存终身价值模型。拟合一个模型（crm clv fit --as-of %1）即可查看 CLV 和 P(存活) 的分布，以及按阶段和负责人统计的未来 12 个月预期收入。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="227"/>
        <source>Expected revenue of the next 12 months: %1 (model fitted as of %2).</source>
        <translation>未来 12 个月预期收入：%1（模型拟合截至 %2）。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="236"/>
        <source>Customers by 12-month CLV</source>
        <translation>按 12 个月 CLV 统计客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="236"/>
        <source>CLV (%1)</source>
        <translation>CLV (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="241"/>
        <source>negative</source>
        <translation>负值</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="242"/>
        <source>%1 and more</source>
        <translation>%1 及以上</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="243"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="248"/>
        <source>Customers by P(alive)</source>
        <translation>按 P(存活) 统计客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="248"/>
        <source>P(alive)</source>
        <translation>P(存活)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="250"/>
        <source>%1–%2%</source>
        <translation>%1–%2%</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="257"/>
        <source>Expected revenue of the next 12 months by stage</source>
        <translation>各阶段未来 12 个月预期收入</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="258"/>
        <source>Thousand %1</source>
        <translation>千 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="272"/>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactDialog</name>
    <message>
        <location filename="../../ui/edit/contact_dialog.cpp" line="17"/>
        <source>Edit contact of %1</source>
        <translation>编辑 %1 的联系人</translation>
    </message>
    <message>
        <location filename="../../ui/edit/contact_dialog.cpp" line="18"/>
        <source>New contact of %1</source>
        <translation>新建 %1 的联系人</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomerDetailView</name>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="46"/>
        <source>The RFM scores could not be computed: %1</source>
        <translation>无法计算 RFM 分数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="74"/>
        <source>No contacts recorded.</source>
        <translation>没有联系人记录。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="77"/>
        <source>No primary contact yet.</source>
        <translation>尚无主要联系人。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="81"/>
        <source>No transactions or interactions yet.</source>
        <translation>尚无交易或互动。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="84"/>
        <source>No follow-ups.</source>
        <translation>没有跟进。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="87"/>
        <source>No complaints recorded.</source>
        <translation>没有投诉记录。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="90"/>
        <source>No stage changes recorded.</source>
        <translation>没有阶段变更记录。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="133"/>
        <source>Select a customer in the list to see its profile, contacts, history and value.</source>
        <translation>在列表中选择一个客户，查看其概况、联系人、历史和价值。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="137"/>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="148"/>
        <source>This customer cannot be shown: %1</source>
        <translation>无法显示该客户：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/customer_detail_view.cpp" line="186"/>
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/customer_detail_view.cpp" line="188"/>
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n 次互动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/customer_detail_view.cpp" line="190"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 处变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/customer_detail_view.cpp" line="204"/>
        <source>%n open follow-up(s) and complaint(s)</source>
        <translation>
            <numerusform>%n 项未完成的跟进和投诉</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="205"/>
        <source>Follow-ups (%1 open)</source>
        <translation>跟进（%1 项未完成）</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="206"/>
        <source>Complaints (%1 open)</source>
        <translation>投诉（%1 项未处理）</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_profile.cpp" line="62"/>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_profile.cpp" line="72"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/customer_detail_profile.cpp" line="76"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_profile.cpp" line="92"/>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_profile.cpp" line="100"/>
        <source>&lt;b&gt;Focus:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;重点：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="58"/>
        <source>margin %1</source>
        <translation>毛利 %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="58"/>
        <source>no costs recorded</source>
        <translation>未记录成本</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="62"/>
        <source>From the lifetime-value model fitted as of %1 on %2 customers; next 12 months, 1% monthly discount.</source>
        <translation>来自截至 %1 基于 %2 个客户拟合的终身价值模型；未来 12 个月，月折现率 1%。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="71"/>
        <source>No purchases yet: the lifetime-value model has nothing to predict from.</source>
        <translation>尚无购买：终身价值模型无从预测。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="80"/>
        <source>≈ %1 purchases expected</source>
        <translation>预计约 %1 次购买</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="83"/>
        <source>spend cannot be predicted</source>
        <translation>无法预测消费金额</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="88"/>
        <source>no annual category spend recorded</source>
        <translation>未记录年度品类支出</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="97"/>
        <source>no model yet</source>
        <translation>尚无模型</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="98"/>
        <source>No lifetime-value model has been fitted for this file yet, so current value, potential value and P(alive) cannot be shown. They appear once a model is fitted (crm clv fit).</source>
        <translation>此文件尚未拟合终身价值模型，因此无法显示当前价值、潜在价值和 P(存活)。拟合模型（crm clv fit）后即会显示。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="123"/>
        <source>Scores run from 1 (lowest) to 5 (highest) relative to every customer scored on that date. Point at a month for details.</source>
        <translation>分数从 1（最低）到 5（最高），相对于当日参与评分的全部客户。将鼠标指向某个月份查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="146"/>
        <source>Placing this customer among all customers…</source>
        <translation>正在将该客户与全部客户比较…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="150"/>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="151"/>
        <source>No purchase yet: RFM scores need at least one purchase.</source>
        <translation>尚无购买：RFM 评分至少需要一次购买。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="158"/>
        <source>Last purchase %n day(s) ago</source>
        <translation>
            <numerusform>最近购买于 %n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="159"/>
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n 次购买</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="161"/>
        <source>%1 in all; scored among %2 customers as of %3.</source>
        <translation>共 %1；截至 %3 在 %2 个客户中评分。</translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="167"/>
        <source>Scoring every customer as of %1 (%2 of %3). This is done once; the scores fill in when ready.</source>
        <translation>正在为截至 %1 的全部客户评分（%2/%3）。此操作只进行一次，完成后将填入分数。</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomerDialog</name>
    <message>
        <location filename="../../ui/edit/customer_dialog.cpp" line="25"/>
        <source>Edit customer %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/edit/customer_dialog.cpp" line="26"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/edit/customer_dialog.cpp" line="131"/>
        <source>Has contacts: only organisations have contacts. Delete them first.</source>
        <translation>已有联系人：只有组织才能有联系人。请先删除联系人。</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomerFilterBar</name>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="28"/>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="49"/>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="55"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="44"/>
        <source>Search name, code, email, phone or contact (Ctrl+F)</source>
        <translation>搜索名称、编号、邮件、电话或联系人 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="45"/>
        <source>Type two or more characters (or one Chinese character) to search.</source>
        <translation>输入两个或以上字符（或一个汉字）进行搜索。</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="48"/>
        <source>&amp;Stage</source>
        <translation>阶段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="53"/>
        <source>S&amp;egment</source>
        <translation>分群(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="54"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="58"/>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="59"/>
        <source>&amp;Tag</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="60"/>
        <source>&amp;Region</source>
        <translation>地区(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="61"/>
        <source>&amp;Industry</source>
        <translation>行业(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="62"/>
        <source>&amp;My customers</source>
        <translation>我的客户(&amp;M)</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomerListModel</name>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="185"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="186"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="187"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="188"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="189"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="190"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="191"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="192"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="193"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="194"/>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="195"/>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="196"/>
        <source>Net amount</source>
        <translation>净额</translation>
    </message>
</context>
<context>
    <name>crm::ui::DashboardView</name>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="38"/>
        <source>Any kind</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="42"/>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="186"/>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="187"/>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="188"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="170"/>
        <source>Computing the panels…</source>
        <translation>正在计算面板…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="170"/>
        <source>Reading every customer as of %1…</source>
        <translation>正在读取截至 %1 的全部客户…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="181"/>
        <source>The dashboard could not be computed: %1</source>
        <translation>无法计算仪表板：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="198"/>
        <source>Assessing the risk and value of every customer…</source>
        <translation>正在评估每个客户的风险和价值…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="210"/>
        <source>%n customer(s) as of %1, computed in %2 s</source>
        <translation>
            <numerusform>截至 %1 共 %n 个客户，计算耗时 %2 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="213"/>
        <source>(the lifecycle stages were never derived: customers show as prospects until they are replayed)</source>
        <translation>（尚未推导过生命周期阶段：重新推导之前，客户均显示为潜在客户）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="216"/>
        <source>(stages from the lifecycle timeline as of %1)</source>
        <translation>（阶段取自截至 %1 的生命周期时间线）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="247"/>
        <source>%1, as of %2 (%n customer(s))</source>
        <translation>
            <numerusform>%1，截至 %2（%n 个客户）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="253"/>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="258"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="255"/>
        <source>As of %1; period from %2</source>
        <translation>截至 %1；期间自 %2 起</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="256"/>
        <source>Owner: %1; region: %2; industry: %3; kind: %4</source>
        <translation>负责人：%1；地区：%2；行业：%3；类型：%4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="259"/>
        <source>File: %1; %n customer(s)</source>
        <translation>
            <numerusform>文件：%1；%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="266"/>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="275"/>
        <source>Customer dashboard</source>
        <translation>客户仪表板</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="281"/>
        <source>Export the dashboard as PNG</source>
        <translation>将仪表板导出为 PNG</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="282"/>
        <source>dashboard.png</source>
        <translation>仪表板.png</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="282"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="284"/>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="284"/>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="291"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="288"/>
        <source>Export the dashboard as PDF</source>
        <translation>将仪表板导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="289"/>
        <source>dashboard.pdf</source>
        <translation>仪表板.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="289"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="291"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="301"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="301"/>
        <source>The printer could not be used.</source>
        <translation>无法使用打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_export.cpp" line="40"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_style.cpp" line="48"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_style.cpp" line="60"/>
        <source>%1B</source>
        <translation>%1十亿</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_style.cpp" line="62"/>
        <source>%1M</source>
        <translation>%1百万</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_style.cpp" line="64"/>
        <source>%1k</source>
        <translation>%1千</translation>
    </message>
</context>
<context>
    <name>crm::ui::EditController</name>
    <message>
        <location filename="../../ui/edit/edit_controller.cpp" line="30"/>
        <source>Read-only file</source>
        <translation>只读文件</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller.cpp" line="31"/>
        <source>This file is read-only, so it cannot be changed. Open a copy you may write to, or ask for write access.</source>
        <translation>此文件为只读，无法修改。请打开一个可写入的副本，或申请写入权限。</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller.cpp" line="55"/>
        <location filename="../../ui/edit/edit_controller.cpp" line="61"/>
        <source>The change was not made</source>
        <translation>未能完成修改</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller.cpp" line="85"/>
        <source>Add customer %1</source>
        <translation>添加客户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller.cpp" line="117"/>
        <source>Edit customer %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller.cpp" line="133"/>
        <source>Delete the customer %1 with all its contacts, transactions, interactions and follow-ups?

You can undo this with Edit &gt; Undo.</source>
        <translation>删除客户 %1 及其全部联系人、交易、互动和跟进？

可以通过 编辑 &gt; 撤销 恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller.cpp" line="136"/>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller.cpp" line="141"/>
        <source>Delete customer %1</source>
        <translation>删除客户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="36"/>
        <source>Add contact %1</source>
        <translation>添加联系人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="37"/>
        <source>Edit contact %1</source>
        <translation>编辑联系人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="38"/>
        <source>Delete contact %1</source>
        <translation>删除联系人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="39"/>
        <source>Delete the contact %1?</source>
        <translation>删除联系人 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="44"/>
        <source>Add transaction %1</source>
        <translation>添加交易 %1</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="45"/>
        <source>Edit transaction %1</source>
        <translation>编辑交易 %1</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="46"/>
        <source>Delete transaction %1</source>
        <translation>删除交易 %1</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="47"/>
        <source>Delete the transaction of %1?</source>
        <translation>删除 %1 的这笔交易？</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="52"/>
        <source>Add interaction %1</source>
        <translation>添加互动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="53"/>
        <source>Edit interaction %1</source>
        <translation>编辑互动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="54"/>
        <source>Delete interaction %1</source>
        <translation>删除互动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="55"/>
        <source>Delete the interaction &quot;%1&quot;?</source>
        <translation>删除互动“%1”？</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="60"/>
        <source>Add follow-up %1</source>
        <translation>添加跟进 %1</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="61"/>
        <source>Edit follow-up %1</source>
        <translation>编辑跟进 %1</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="62"/>
        <source>Delete follow-up %1</source>
        <translation>删除跟进 %1</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="63"/>
        <source>Delete the follow-up &quot;%1&quot;?</source>
        <translation>删除跟进“%1”？</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="142"/>
        <source>No contacts for persons</source>
        <translation>个人客户没有联系人</translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="143"/>
        <source>%1 is a person: only organisations have contact persons.</source>
        <translation>%1 是个人客户：只有组织才有联系人。</translation>
    </message>
</context>
<context>
    <name>crm::ui::ExportDialog</name>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="43"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="66"/>
        <source>Customers in the list</source>
        <translation>列表中的客户</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="67"/>
        <source>All transactions</source>
        <translation>全部交易</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="68"/>
        <source>All contacts</source>
        <translation>全部联系人</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="69"/>
        <source>All interactions</source>
        <translation>全部互动</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="70"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="71"/>
        <source>UTF-8 for Excel (with byte-order mark)</source>
        <translation>UTF-8（用于 Excel，带字节顺序标记）</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="73"/>
        <source>GB18030 (Chinese Windows)</source>
        <translation>GB18030（中文 Windows）</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="75"/>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="76"/>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="77"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="96"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="103"/>
        <source>Every record in the database.</source>
        <translation>数据库中的全部记录。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="104"/>
        <source>All customers (the list is not filtered).</source>
        <translation>全部客户（列表未筛选）。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="105"/>
        <source>The customers the list shows with its current filters and search.</source>
        <translation>列表按当前筛选和搜索条件显示的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="133"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="134"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="142"/>
        <source>Check at least one column.</source>
        <translation>请至少勾选一列。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="144"/>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="157"/>
        <source>%1 exists: it will be replaced once the export is complete.</source>
        <translation>%1 已存在：导出完成后将被替换。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="183"/>
        <source>Exporting...</source>
        <translation>正在导出...</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="193"/>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="211"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="211"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="217"/>
        <source>Exporting: %1 of %2 rows...</source>
        <translation>正在导出：%1/%2 行...</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="231"/>
        <source>Nothing was written: %1</source>
        <translation>未写入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="233"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="234"/>
        <source>Exported %1 rows to %2.</source>
        <translation>已导出 %1 行到 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="238"/>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>crm::ui::FlowPanel</name>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="171"/>
        <source>Stage flow: customers who moved in the period</source>
        <translation>阶段流转：期间内阶段变化的客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="175"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="175"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="181"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="197"/>
        <source>%1 → %2: %3 customers, %4 changes</source>
        <translation>%1 → %2：%3 个客户，%4 次变更</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="207"/>
        <source>%1 → %2, %3</source>
        <translation>%1 → %2，%3</translation>
    </message>
</context>
<context>
    <name>crm::ui::FollowUpDialog</name>
    <message>
        <location filename="../../ui/edit/follow_up_dialog.cpp" line="16"/>
        <source>Edit follow-up of %1</source>
        <translation>编辑 %1 的跟进</translation>
    </message>
    <message>
        <location filename="../../ui/edit/follow_up_dialog.cpp" line="17"/>
        <source>New follow-up of %1</source>
        <translation>新建 %1 的跟进</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryPanel</name>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="132"/>
        <source>Lifecycle over time: customers per stage at each month end</source>
        <translation>生命周期变化：每月末各阶段客户数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="143"/>
        <source>MMM</source>
        <translation>MMM</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="164"/>
        <source>Month end</source>
        <translation>月末</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="166"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportCheckPage</name>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="18"/>
        <source>A customer is already stored when its code is.</source>
        <translation>编号已存在的客户视为已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="20"/>
        <source>A transaction whose customer and reference are already stored is always skipped, so importing a file twice changes nothing.</source>
        <translation>客户和单号均已存在的交易总会被跳过，因此重复导入同一文件不会产生任何变化。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="23"/>
        <source>A contact is already stored when its customer has a contact of the same name.</source>
        <translation>若客户已有同名联系人，则该联系人视为已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="26"/>
        <source>An interaction is already stored when its customer has one with the same date, time, type and subject.</source>
        <translation>若客户已有日期、时间、类型和主题都相同的互动，则该互动视为已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="104"/>
        <source>Checking the file...</source>
        <translation>正在检查文件...</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="116"/>
        <source>Checking the file: %1 rows so far...</source>
        <translation>正在检查文件：已检查 %1 行...</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="138"/>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="140"/>
        <source>%1 rows checked: %2 new, %3 to update, %4 already stored, %5 with problems.</source>
        <translation>已检查 %1 行：新增 %2 行，更新 %3 行，已存在 %4 行，有问题 %5 行。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="144"/>
        <source>The first %1 problems are listed.</source>
        <translation>列出了前 %1 个问题。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="154"/>
        <source>The file has no rows to import.</source>
        <translation>该文件没有可导入的行。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="156"/>
        <source>Nothing is imported while rows have problems: correct the file and check again, or import only the valid rows.</source>
        <translation>存在有问题的行时不会导入任何内容：请修正文件后重新检查，或只导入有效的行。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="159"/>
        <source>Press Import to import the file.</source>
        <translation>点击“导入”导入该文件。</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportMappingPage</name>
    <message>
        <location filename="../../ui/csv/import_mapping_page.cpp" line="54"/>
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_mapping_page.cpp" line="58"/>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_mapping_page.cpp" line="107"/>
        <source>Choose a column for each required field: %1 has none.</source>
        <translation>请为每个必填字段选择一列：%1 尚未选择。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_mapping_page.cpp" line="110"/>
        <source>Columns not imported: %1.</source>
        <translation>不导入的列：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_mapping_page.cpp" line="112"/>
        <source>Every column will be imported.</source>
        <translation>将导入所有列。</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportPreviewPage</name>
    <message>
        <location filename="../../ui/csv/import_preview_page.cpp" line="47"/>
        <location filename="../../ui/csv/import_preview_page.cpp" line="50"/>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_preview_page.cpp" line="98"/>
        <source> with byte-order mark</source>
        <translation>（带字节顺序标记）</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_preview_page.cpp" line="100"/>
        <source>Read as %1%2, columns separated by: %3 (%4 columns, %5). The numbers on the left are the lines of the file.</source>
        <translation>按 %1%2 读取，列分隔符：%3（%4 列，%5）。左侧数字为文件中的行号。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_preview_page.cpp" line="112"/>
        <source>This file cannot be read as a table: %1</source>
        <translation>无法将此文件读取为表格：%1</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportProblemModel</name>
    <message>
        <location filename="../../ui/csv/import_problem_model.cpp" line="50"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_problem_model.cpp" line="51"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_problem_model.cpp" line="52"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportRunPage</name>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="45"/>
        <source>Importing %1...</source>
        <translation>正在导入 %1...</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="59"/>
        <source>Cancelling: the database is put back as it was...</source>
        <translation>正在取消：数据库将恢复原状...</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="67"/>
        <source>Importing: %1 rows so far...</source>
        <translation>正在导入：已导入 %1 行...</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="84"/>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="86"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="88"/>
        <source>Nothing was imported: %1 rows have problems.</source>
        <translation>未导入任何内容：%1 行有问题。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="90"/>
        <source>Nothing new: the database already holds these rows.</source>
        <translation>没有新内容：数据库中已包含这些行。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="91"/>
        <source>%1 imported from %2.</source>
        <translation>已从 %2 导入 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="94"/>
        <source>The rows with problems (%1) were left out.</source>
        <translation>有问题的行（%1）未导入。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="112"/>
        <source>-rejected</source>
        <translation>-已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="114"/>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="115"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="126"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="127"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportSourcePage</name>
    <message>
        <location filename="../../ui/csv/import_source_page.cpp" line="61"/>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_source_page.cpp" line="62"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_source_page.cpp" line="71"/>
        <source>There is no file at this path.</source>
        <translation>此路径下没有文件。</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_source_page.cpp" line="73"/>
        <source>Required columns: %1.</source>
        <translation>必需的列：%1。</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportWizard</name>
    <message>
        <location filename="../../ui/csv/import_wizard.cpp" line="15"/>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_wizard.cpp" line="19"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>crm::ui::InteractionDialog</name>
    <message>
        <location filename="../../ui/edit/interaction_dialog.cpp" line="21"/>
        <source>Edit interaction with %1</source>
        <translation>编辑与 %1 的互动</translation>
    </message>
    <message>
        <location filename="../../ui/edit/interaction_dialog.cpp" line="22"/>
        <source>New interaction with %1</source>
        <translation>新建与 %1 的互动</translation>
    </message>
    <message>
        <location filename="../../ui/edit/interaction_dialog.cpp" line="34"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>crm::ui::LedgerPanel</name>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="119"/>
        <source>Ledger: customers by industry and region; revenue, profit and complaints by owner</source>
        <translation>台账：按行业和地区统计客户；按负责人统计收入、利润和投诉</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="121"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="121"/>
        <location filename="../../ui/dashboard/list_panels.cpp" line="122"/>
        <location filename="../../ui/dashboard/list_panels.cpp" line="123"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="121"/>
        <location filename="../../ui/dashboard/list_panels.cpp" line="122"/>
        <location filename="../../ui/dashboard/list_panels.cpp" line="123"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="121"/>
        <source>industry %1</source>
        <translation>行业 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="122"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="122"/>
        <source>region %1</source>
        <translation>地区 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="123"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="123"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="123"/>
        <source>Open complaints</source>
        <translation>未处理投诉</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="124"/>
        <source>owner %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="151"/>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
</context>
<context>
    <name>crm::ui::LifecyclePanel</name>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="63"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="63"/>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="103"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="63"/>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="63"/>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="64"/>
        <source>Profit (margin)</source>
        <translation>利润（毛利）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="64"/>
        <source>Share of profit</source>
        <translation>利润占比</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="66"/>
        <source>Lifecycle now: customers, revenue and profit per stage</source>
        <translation>当前生命周期：各阶段客户、收入和利润</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="114"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="128"/>
        <source>stage %1 on the date</source>
        <translation>当日处于 %1 阶段</translation>
    </message>
</context>
<context>
    <name>crm::ui::LifecycleReplayRunner</name>
    <message>
        <location filename="../../ui/settings/lifecycle_replay_runner.cpp" line="45"/>
        <source>Re-deriving every customer&apos;s lifecycle stage…</source>
        <translation>正在重新推导每个客户的生命周期阶段…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_replay_runner.cpp" line="45"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_replay_runner.cpp" line="47"/>
        <source>Lifecycle stages</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_replay_runner.cpp" line="55"/>
        <source>Stopping after the current batch…</source>
        <translation>当前批次完成后停止…</translation>
    </message>
</context>
<context>
    <name>crm::ui::MainWindow</name>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="102"/>
        <location filename="../../ui/main/main_window.cpp" line="105"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="112"/>
        <source>%1 - CRM</source>
        <translation>%1 - CRM</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="128"/>
        <source>This file is read-only: you can look, but changes cannot be saved.</source>
        <translation>此文件为只读：可以查看，但无法保存修改。</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="130"/>
        <source>This file is on a network share (%1). SQLite files must not be shared over a network, where two users can damage the file: keep it on a local disk and share exports or backups instead.</source>
        <translation>此文件位于网络共享（%1）上。SQLite 文件不可通过网络共享，两个用户同时使用可能损坏文件：请将其保存在本地磁盘，改为共享导出文件或备份。</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="154"/>
        <source>Showing: %1</source>
        <translation>显示：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.cpp" line="187"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="231"/>
        <location filename="../../ui/main/main_window.cpp" line="236"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="232"/>
        <source>CRM databases (*.crm *.db)</source>
        <translation>CRM 数据库 (*.crm *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="237"/>
        <source>%1 already exists. Choose a new name, or open it with File &gt; Open.</source>
        <translation>%1 已存在。请选择新名称，或通过 文件 &gt; 打开 来打开它。</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="245"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="246"/>
        <source>CRM databases (*.crm *.db);;All files (*)</source>
        <translation>CRM 数据库 (*.crm *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="289"/>
        <source>About CRM</source>
        <translation>关于 CRM</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="290"/>
        <source>&lt;h3&gt;CRM %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for companies that live on customer relationships: lifecycle stages, RFM, lifetime value.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM %1&lt;/h3&gt;&lt;p&gt;面向以客户关系为本的企业的桌面 CRM：生命周期阶段、RFM、终身价值。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="35"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="36"/>
        <source>&amp;New database...</source>
        <translation>新建数据库(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="37"/>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="38"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="41"/>
        <source>&amp;Backup now...</source>
        <translation>立即备份(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="41"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="43"/>
        <source>Restore from bac&amp;kup...</source>
        <translation>从备份恢复(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="46"/>
        <source>&amp;Import CSV...</source>
        <translation>导入 CSV(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="46"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="48"/>
        <source>&amp;Export CSV...</source>
        <translation>导出 CSV(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="48"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="51"/>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="53"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="71"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="72"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="74"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="75"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="79"/>
        <source>&amp;Find customers</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="83"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="84"/>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="85"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="88"/>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="89"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="92"/>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="93"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="97"/>
        <source>C&amp;olumns...</source>
        <translation>列(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="98"/>
        <source>Clear &amp;filters</source>
        <translation>清除筛选(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="103"/>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="104"/>
        <source>&amp;New customer...</source>
        <translation>新建客户(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="105"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="108"/>
        <source>&amp;Edit customer...</source>
        <translation>编辑客户(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="108"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="110"/>
        <source>&amp;Delete customer...</source>
        <translation>删除客户(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="113"/>
        <source>Add &amp;contact...</source>
        <translation>添加联系人(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="113"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="115"/>
        <source>Add &amp;transaction...</source>
        <translation>添加交易(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="115"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="117"/>
        <source>Add &amp;interaction...</source>
        <translation>添加互动(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="117"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="119"/>
        <source>Add &amp;follow-up...</source>
        <translation>添加跟进(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="119"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="126"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="127"/>
        <source>&amp;About CRM</source>
        <translation>关于 CRM(&amp;A)</translation>
    </message>
</context>
<context>
    <name>crm::ui::MigrationPanel</name>
    <message>
        <location filename="../../ui/dashboard/migration_panel.cpp" line="34"/>
        <source>RFM segment migration: segment at the period&apos;s start by segment on the date</source>
        <translation>RFM 分群迁移：期初分群 × 截至日分群</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/migration_panel.cpp" line="40"/>
        <source>Segment at the start</source>
        <translation>期初分群</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/migration_panel.cpp" line="40"/>
        <source>Segment on the date</source>
        <translation>截至日分群</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/migration_panel.cpp" line="48"/>
        <source>No purchase yet</source>
        <translation>尚未购买</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/migration_panel.cpp" line="52"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/migration_panel.cpp" line="74"/>
        <source>%1 → %2: %3 customers (%4)</source>
        <translation>%1 → %2：%3 个客户（%4）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/migration_panel.cpp" line="83"/>
        <source>Scoring every customer on %1…</source>
        <translation>正在为 %1 的每个客户评分…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/migration_panel.cpp" line="96"/>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/migration_panel.cpp" line="101"/>
        <source>From %1: %2 of %3 customers changed segment, %4 of them first buyers.</source>
        <translation>%1：%3 个客户中有 %2 个改变了分群，其中 %4 个是首次购买。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/migration_panel.cpp" line="105"/>
        <source>Largest moves: %1.</source>
        <translation>最大的迁移：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/migration_panel.cpp" line="106"/>
        <source>Click a cell for its customers.</source>
        <translation>点击单元格查看其客户。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/migration_panel.cpp" line="111"/>
        <source>RFM segment %1 → %2, %3</source>
        <translation>RFM 分群 %1 → %2，%3</translation>
    </message>
</context>
<context>
    <name>crm::ui::Ops</name>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="126"/>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>可以通过 编辑 &gt; 撤销 恢复。</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordTable</name>
    <message>
        <location filename="../../ui/detail/record_table.cpp" line="101"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/record_table.cpp" line="104"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>crm::ui::RetentionPanel</name>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="80"/>
        <source>Retention: share of each month&apos;s new buyers still buying later</source>
        <translation>留存：每月新购买客户之后仍在购买的比例</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="82"/>
        <source>Cohort: month of the first purchase. Still buying after k months: a purchase in month k after the first or later. Click a row for the cohort&apos;s customers.</source>
        <translation>同期群：首次购买的月份。k 个月后仍在购买：在首次购买后第 k 个月或之后有购买。点击一行查看该同期群的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="88"/>
        <source>Still buying after</source>
        <translation>之后仍在购买</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="92"/>
        <source>first purchase in %1</source>
        <translation>首次购买于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="100"/>
        <source>New buyers</source>
        <translation>新购买客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="100"/>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="100"/>
        <source>3 months</source>
        <translation>3 个月</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="100"/>
        <source>6 months</source>
        <translation>6 个月</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="100"/>
        <source>12 months</source>
        <translation>12 个月</translation>
    </message>
</context>
<context>
    <name>crm::ui::RfmHistoryModel</name>
    <message>
        <location filename="../../ui/detail/rfm_history_model.cpp" line="69"/>
        <source>%1: every customer is being scored for this date…</source>
        <translation>%1：正在为该日期的全部客户评分…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/rfm_history_model.cpp" line="71"/>
        <source>%1: no purchase yet, not scored</source>
        <translation>%1：尚无购买，未评分</translation>
    </message>
    <message>
        <location filename="../../ui/detail/rfm_history_model.cpp" line="73"/>
        <source>%1: R %2 · F %3 · M %4, %5
Last purchase %6 days before, %7 purchases, %8
(scored among %9 customers)</source>
        <translation>%1：R %2 · F %3 · M %4，%5
最近购买于 %6 天前，%7 次购买，%8
（在 %9 个客户中评分）</translation>
    </message>
    <message>
        <location filename="../../ui/detail/rfm_history_model.cpp" line="89"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../ui/detail/rfm_history_model.cpp" line="103"/>
        <source>Recency</source>
        <translation>最近一次消费</translation>
    </message>
    <message>
        <location filename="../../ui/detail/rfm_history_model.cpp" line="103"/>
        <source>Frequency</source>
        <translation>消费频率</translation>
    </message>
    <message>
        <location filename="../../ui/detail/rfm_history_model.cpp" line="104"/>
        <source>Monetary</source>
        <translation>消费金额</translation>
    </message>
</context>
<context>
    <name>crm::ui::RfmPanel</name>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="36"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="36"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="36"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="36"/>
        <source>Monetary</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="37"/>
        <source>RFM: recency score by frequency score</source>
        <translation>RFM：最近消费得分 × 消费频率得分</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="46"/>
        <source>R score (5 = bought most recently)</source>
        <translation>R 分（5 = 最近购买）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="46"/>
        <source>F score (5 = buys most often)</source>
        <translation>F 分（5 = 购买最频繁）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="54"/>
        <source>RFM segment %1</source>
        <translation>RFM 分群 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="84"/>
        <source>R %1, F %2 (%3): %4 customers, average monetary %5</source>
        <translation>R %1，F %2（%3）：%4 个客户，平均消费金额 %5</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="89"/>
        <source>Colour: average monetary value per customer, light %1 to dark %2. Click a cell for its customers.</source>
        <translation>颜色：每客户平均消费金额，浅 %1 至深 %2。点击单元格查看其客户。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="91"/>
        <source>No customer with a purchase by the date.</source>
        <translation>截至该日期没有有购买的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="107"/>
        <source>%1 in all, %2 per customer</source>
        <translation>共 %1，每客户 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="117"/>
        <source>RFM cell R %1, F %2 (%3)</source>
        <translation>RFM 单元格 R %1，F %2（%3）</translation>
    </message>
</context>
<context>
    <name>crm::ui::RiskReason</name>
    <message>
        <location filename="../../ui/list/risk_reason.cpp" line="33"/>
        <source>usually buys every %1 days, %2 days since the last purchase</source>
        <translation>通常每 %1 天购买一次，距最近购买已 %2 天</translation>
    </message>
    <message>
        <location filename="../../ui/list/risk_reason.cpp" line="37"/>
        <source>revenue of the last %1 days %2 (%3 vs %4 average)</source>
        <translation>最近 %1 天收入 %2（%3，平均 %4）</translation>
    </message>
    <message>
        <location filename="../../ui/list/risk_reason.cpp" line="43"/>
        <source>R score %1, was %2 on %3</source>
        <translation>R 分 %1，%3 时为 %2</translation>
    </message>
    <message>
        <location filename="../../ui/list/risk_reason.cpp" line="48"/>
        <source>stage %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <location filename="../../ui/list/risk_reason.cpp" line="50"/>
        <source>P(alive) %1</source>
        <translation>P(存活) %1</translation>
    </message>
    <message>
        <location filename="../../ui/list/risk_reason.cpp" line="51"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>crm::ui::SegmentFilterBox</name>
    <message>
        <location filename="../../ui/today/segment_filter_box.cpp" line="34"/>
        <location filename="../../ui/today/segment_filter_box.cpp" line="90"/>
        <source>RFM segment as of today</source>
        <translation>截至今天的 RFM 分群</translation>
    </message>
    <message>
        <location filename="../../ui/today/segment_filter_box.cpp" line="35"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/today/segment_filter_box.cpp" line="91"/>
        <source>Cannot compute the segment: %1</source>
        <translation>无法计算分群：%1</translation>
    </message>
    <message>
        <location filename="../../ui/today/segment_filter_box.cpp" line="101"/>
        <source>%1 (computing…)</source>
        <translation>%1（计算中…）</translation>
    </message>
</context>
<context>
    <name>crm::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="42"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="53"/>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="54"/>
        <source>Open a database to see its thresholds.</source>
        <translation>打开数据库以查看其阈值。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="59"/>
        <source>1 decimal place</source>
        <translation>1 位小数</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="60"/>
        <source>%1 decimal places</source>
        <translation>%1 位小数</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="62"/>
        <source>%1, %2 (for example %3)</source>
        <translation>%1，%2（例如 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="68"/>
        <source>The stored thresholds cannot be read: %1</source>
        <translation>无法读取保存的阈值：%1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="75"/>
        <source>This file is read-only: the thresholds cannot be changed.</source>
        <translation>此文件为只读：无法修改阈值。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="120"/>
        <source>Cannot save the thresholds</source>
        <translation>无法保存阈值</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="133"/>
        <source>Re-derive the stages?</source>
        <translation>重新推导阶段？</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="134"/>
        <source>The lifecycle thresholds changed. Re-derive every customer&apos;s stage under the new thresholds now?

On a large database this takes a while; you can cancel it, and the stages are otherwise re-derived the next time the lifecycle report runs.</source>
        <translation>生命周期阈值已更改。现在按新阈值重新推导每个客户的阶段？

大型数据库需要一些时间；可以取消，否则将在下次运行生命周期报表时重新推导阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="143"/>
        <source>Re-deriving the stages failed</source>
        <translation>重新推导阶段失败</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="145"/>
        <source>Re-deriving stopped</source>
        <translation>重新推导已停止</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="146"/>
        <source>Stopped after %1 customers; the others keep their stages until the next re-derivation.</source>
        <translation>已处理 %1 个客户后停止；其余客户在下次重新推导前保持原阶段。</translation>
    </message>
</context>
<context>
    <name>crm::ui::StageReason</name>
    <message>
        <location filename="../../ui/list/stage_reason.cpp" line="23"/>
        <source>no purchase yet</source>
        <translation>尚无购买</translation>
    </message>
    <message>
        <location filename="../../ui/list/stage_reason.cpp" line="25"/>
        <source>no purchase for %1 days; usually buys every %2 days</source>
        <translation>已 %1 天未购买；通常每 %2 天购买一次</translation>
    </message>
    <message>
        <location filename="../../ui/list/stage_reason.cpp" line="27"/>
        <source>no purchase for %1 days</source>
        <translation>已 %1 天未购买</translation>
    </message>
    <message>
        <location filename="../../ui/list/stage_reason.cpp" line="29"/>
        <source>revenue last %1 days %2 vs %3 average: %4%</source>
        <translation>最近 %1 天收入 %2，平均 %3：%4%</translation>
    </message>
    <message>
        <location filename="../../ui/list/stage_reason.cpp" line="31"/>
        <source>%1 purchases, first %2 days ago; bought in %3 of the last 4 quarters</source>
        <translation>购买 %1 次，首次购买在 %2 天前；最近 4 个季度中有 %3 个季度有购买</translation>
    </message>
    <message>
        <location filename="../../ui/list/stage_reason.cpp" line="33"/>
        <source>%1 purchases, first %2 days ago</source>
        <translation>购买 %1 次，首次购买在 %2 天前</translation>
    </message>
    <message>
        <location filename="../../ui/list/stage_reason.cpp" line="35"/>
        <source>bought again after being lost: a new relationship</source>
        <translation>流失后再次购买：开始新的关系</translation>
    </message>
    <message>
        <location filename="../../ui/list/stage_reason.cpp" line="65"/>
        <source>%1 (on the way to %2)</source>
        <translation>%1（正在走向%2）</translation>
    </message>
</context>
<context>
    <name>crm::ui::TodayLists</name>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="54"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="56"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="67"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="68"/>
        <source>1 day overdue</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="69"/>
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="93"/>
        <source>Open for 1 day</source>
        <translation>已持续 1 天</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="93"/>
        <source>Open for %1 days</source>
        <translation>已持续 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="108"/>
        <source>Born %1</source>
        <translation>出生于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="129"/>
        <source>12-month customer lifetime value</source>
        <translation>12 个月客户终身价值</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="130"/>
        <source>Average yearly net revenue</source>
        <translation>年均净收入</translation>
    </message>
</context>
<context>
    <name>crm::ui::TodayView</name>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="53"/>
        <source>&amp;Mark done</source>
        <translation>标记完成(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="54"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="58"/>
        <source>&amp;Open customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="107"/>
        <source>Today, %1</source>
        <translation>今日，%1</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="111"/>
        <source>No current user is set, so the at-risk list shows every owner&apos;s customers. Set your name in File &gt; Settings to see only yours.</source>
        <translation>未设置当前用户，因此风险列表显示所有负责人的客户。在 文件 &gt; 设置 中填写您的名字即可只看自己的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="113"/>
        <source>The at-risk list shows the customers of %1, the current user (File &gt; Settings).</source>
        <translation>风险列表显示当前用户 %1 的客户（文件 &gt; 设置）。</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="126"/>
        <source>Follow-ups due (%1, %2 overdue)</source>
        <translation>到期跟进（%1 项，%2 项逾期）</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="128"/>
        <source>Nothing due today.</source>
        <translation>今天没有到期事项。</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="136"/>
        <source>Open complaints (%1)</source>
        <translation>未处理投诉（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="138"/>
        <source>No complaint is open.</source>
        <translation>没有未处理的投诉。</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="150"/>
        <source>At risk (computing…)</source>
        <translation>风险客户（计算中…）</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="151"/>
        <source>Birthdays this week (looking up…)</source>
        <translation>本周生日（查询中…）</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="157"/>
        <source>Birthdays this week (%1)</source>
        <translation>本周生日（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="160"/>
        <source>Cannot read the birthdays: %1</source>
        <translation>无法读取生日：%1</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="163"/>
        <source>No birthdays in the next 7 days.</source>
        <translation>未来 7 天没有生日。</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="172"/>
        <source>top %1 of %2</source>
        <translation>%2 个中的前 %1 个</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="173"/>
        <source>My customers at risk (%1)</source>
        <translation>我的风险客户（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="174"/>
        <source>Customers at risk, all owners (%1)</source>
        <translation>风险客户，所有负责人（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="178"/>
        <source>Cannot compute the at-risk customers: %1</source>
        <translation>无法计算风险客户：%1</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="181"/>
        <source>No customer shows a warning sign.</source>
        <translation>没有客户出现预警信号。</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="188"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="189"/>
        <source>Open a database to see what needs you today.</source>
        <translation>打开数据库，查看今天需要处理的事项。</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="190"/>
        <source>Follow-ups due</source>
        <translation>到期跟进</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="191"/>
        <source>At risk</source>
        <translation>风险客户</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="192"/>
        <source>Birthdays this week</source>
        <translation>本周生日</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="193"/>
        <source>Open complaints</source>
        <translation>未处理投诉</translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="222"/>
        <source>Cannot mark the follow-up done</source>
        <translation>无法将跟进标记为完成</translation>
    </message>
</context>
<context>
    <name>crm::ui::TransactionDialog</name>
    <message>
        <location filename="../../ui/edit/transaction_dialog.cpp" line="20"/>
        <source>Edit transaction of %1</source>
        <translation>编辑 %1 的交易</translation>
    </message>
    <message>
        <location filename="../../ui/edit/transaction_dialog.cpp" line="21"/>
        <source>New transaction of %1</source>
        <translation>新建 %1 的交易</translation>
    </message>
</context>
<context>
    <name>crm::ui::ValuePanel</name>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="110"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="110"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="110"/>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="110"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="110"/>
        <location filename="../../ui/dashboard/value_panels.cpp" line="168"/>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="111"/>
        <source>Value concentration: who brings the revenue (80/20)</source>
        <translation>价值集中度：谁带来了收入（80/20）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="120"/>
        <source>ABC tier %1</source>
        <translation>ABC 等级 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="133"/>
        <source>No positive revenue by the date.</source>
        <translation>截至该日期没有正收入。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="136"/>
        <source>&lt;b&gt;Top %1 of customers (%2 of %3) bring 80% of the revenue.&lt;/b&gt; Gini %4.</source>
        <translation>&lt;b&gt;前 %1 的客户（%3 个中的 %2 个）带来 80% 的收入。&lt;/b&gt;基尼系数 %4。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="140"/>
        <source>Profit: top %1 of the customers with costs recorded bring 80%.</source>
        <translation>利润：记录了成本的客户中，前 %1 带来 80%。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="148"/>
        <source>Equal shares</source>
        <translation>均等份额</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="153"/>
        <source>Revenue of the top customers</source>
        <translation>头部客户收入</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="162"/>
        <source>80% of revenue</source>
        <translation>80% 收入</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="168"/>
        <source>Customers, largest revenue first</source>
        <translation>客户（按收入从高到低）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="176"/>
        <source>A (first 80% of revenue)</source>
        <translation>A（前 80% 收入）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="176"/>
        <source>B (next 15%)</source>
        <translation>B（其后 15%）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="176"/>
        <source>C (last 5%, none or negative)</source>
        <translation>C（最后 5%、无或负收入）</translation>
    </message>
</context>
</TS>
