<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CsvText</name>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="16"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="17"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="18"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="19"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="20"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="21"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="22"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="23"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="24"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="25"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="26"/>
        <source>Created on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="27"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="28"/>
        <source>Company stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="29"/>
        <source>Annual category spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="30"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="31"/>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="32"/>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="33"/>
        <source>R score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="34"/>
        <source>F score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="35"/>
        <source>M score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="36"/>
        <source>First purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="37"/>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="38"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="39"/>
        <source>Net amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="40"/>
        <source>Lifetime value (CLV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="41"/>
        <source>Last interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="42"/>
        <location filename="../../ui/csv/csv_text.cpp" line="43"/>
        <source>Customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="44"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="45"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="46"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="47"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="48"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="49"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="50"/>
        <source>Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="51"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="52"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="53"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="54"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="55"/>
        <location filename="../../ui/csv/csv_text.cpp" line="56"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="57"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="58"/>
        <source>Logged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="59"/>
        <location filename="../../ui/csv/csv_text.cpp" line="60"/>
        <source>Complaint status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="61"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="62"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="69"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="71"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="72"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="74"/>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="98"/>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="99"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/csv_text.cpp" line="100"/>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailRows</name>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="76"/>
        <source>Contact and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="76"/>
        <source>Phone and email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="88"/>
        <location filename="../../ui/detail/detail_rows.cpp" line="99"/>
        <source>Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="91"/>
        <source>Birthday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="99"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="99"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="106"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="109"/>
        <source>This contact has since been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="116"/>
        <location filename="../../ui/detail/detail_rows.cpp" line="191"/>
        <location filename="../../ui/detail/detail_rows.cpp" line="208"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="116"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="116"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="116"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="133"/>
        <source>(no product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="136"/>
        <source>Reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="138"/>
        <source>Cost %1, margin %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="144"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="144"/>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="156"/>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="158"/>
        <source>Logged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="166"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="166"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="166"/>
        <location filename="../../ui/detail/detail_rows.cpp" line="191"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="178"/>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/detail_rows.cpp" line="180"/>
        <source>Overdue %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="183"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="185"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="191"/>
        <source>Complaint → resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="200"/>
        <source>Resolution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="208"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="208"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="216"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_rows.cpp" line="218"/>
        <source>Set by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="14"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="14"/>
        <source>Exploration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="15"/>
        <source>Formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="15"/>
        <source>Stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="16"/>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="16"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="20"/>
        <source>Identify and qualify: is this a customer worth developing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="21"/>
        <source>Build trust: deliver the first orders flawlessly and learn the customer&apos;s needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="22"/>
        <source>Grow the relationship: cross-sell, up-sell and deepen the contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="23"/>
        <source>Keep and reward: service quality, loyalty and share of wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="24"/>
        <source>Diagnose and win back: find the cause and act before the customer is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="25"/>
        <source>Decide whether to win back; learn why the customer left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="30"/>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="30"/>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="31"/>
        <source>Potential Loyalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="31"/>
        <source>New Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="32"/>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="32"/>
        <source>Need Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="33"/>
        <source>About to Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="33"/>
        <source>At Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="34"/>
        <source>Can&apos;t Lose Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="34"/>
        <source>Hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="47"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/domain_text.cpp" line="48"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="13"/>
        <location filename="../../ui/edit/record_text.cpp" line="13"/>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="13"/>
        <location filename="../../ui/edit/record_text.cpp" line="13"/>
        <source>Purchaser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="14"/>
        <location filename="../../ui/edit/record_text.cpp" line="14"/>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="14"/>
        <location filename="../../ui/edit/record_text.cpp" line="14"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="15"/>
        <location filename="../../ui/edit/record_text.cpp" line="15"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="19"/>
        <location filename="../../ui/edit/record_text.cpp" line="18"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="19"/>
        <location filename="../../ui/edit/record_text.cpp" line="18"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="20"/>
        <location filename="../../ui/edit/record_text.cpp" line="19"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="20"/>
        <location filename="../../ui/edit/record_text.cpp" line="19"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="21"/>
        <location filename="../../ui/edit/record_text.cpp" line="20"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="21"/>
        <location filename="../../ui/edit/record_text.cpp" line="20"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="25"/>
        <location filename="../../ui/edit/record_text.cpp" line="23"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="26"/>
        <location filename="../../ui/edit/record_text.cpp" line="24"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="27"/>
        <location filename="../../ui/edit/record_text.cpp" line="25"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="31"/>
        <location filename="../../ui/edit/record_text.cpp" line="28"/>
        <source>Start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="32"/>
        <location filename="../../ui/edit/record_text.cpp" line="29"/>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/detail_text.cpp" line="33"/>
        <location filename="../../ui/edit/record_text.cpp" line="30"/>
        <source>Mature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/record_text.cpp" line="57"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldErrorLabels</name>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="56"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="58"/>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="60"/>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="62"/>
        <source>Use 1 to 64 letters, digits or - _ . / (no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="64"/>
        <source>&quot;%1&quot; is not a usable tag (1 to 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="67"/>
        <source>Another customer already has the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="69"/>
        <source>This customer already has a transaction with this reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="71"/>
        <source>Too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="73"/>
        <source>Contains characters that cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="75"/>
        <source>Cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="77"/>
        <source>Not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/field_errors.cpp" line="79"/>
        <source>Enter a subject or notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleRules</name>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="26"/>
        <source>Lost after (days without a purchase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="27"/>
        <source>A customer with no purchase for this many days is Lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="29"/>
        <source>Recent revenue window (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="30"/>
        <source>The revenue signal compares the revenue of this many recent days...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="33"/>
        <source>Compared with the average of (days before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="34"/>
        <source>...with the average revenue per window over this many days before them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="37"/>
        <source>Decline below (share of the average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="38"/>
        <source>Recent revenue below this share of the average (0.5 = half) signals Decline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="42"/>
        <source>Recovered at (share of the average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="43"/>
        <source>A declining customer is back in Formation once recent revenue reaches this share; not below the decline share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="47"/>
        <source>Decline confirmed after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="48"/>
        <source>A revenue decline counts once its signal has held this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="51"/>
        <source>Silence signals Decline after (mean gaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="52"/>
        <source>No purchase for longer than this many mean gaps between purchases signals Decline...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="55"/>
        <source>...and at least (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="56"/>
        <source>...when the silence is also at least this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="58"/>
        <source>Exploration until (purchases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="59"/>
        <source>With fewer purchases than this the customer is still in Exploration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="62"/>
        <source>Exploration for (days after the first purchase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="63"/>
        <source>A customer whose first purchase is more recent than this is still in Exploration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="67"/>
        <source>Stability after (days of relationship)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="68"/>
        <source>Stability needs a relationship at least this many days old...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="71"/>
        <source>...with purchases in (of the last 4 quarters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="72"/>
        <source>...and purchases in at least this many of the last four quarters (1 to 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="75"/>
        <source>Quarter length (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="76"/>
        <source>The length of the quarter windows above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="92"/>
        <source>Not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_rules_editor.cpp" line="117"/>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <location filename="../../ui/edit/money_input.cpp" line="20"/>
        <source>Whole amounts only: this currency has no decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/money_input.cpp" line="22"/>
        <source>At most %1 digits after the decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/money_input.cpp" line="26"/>
        <source>Not an amount: type digits, e.g. 1234.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <location filename="../../ui/edit/store_command.cpp" line="21"/>
        <source>Cannot redo &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/store_command.cpp" line="25"/>
        <source>Cannot undo &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::AtRiskPanel</name>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="23"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="23"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="23"/>
        <source>Value at stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="23"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="23"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="24"/>
        <source>At risk: the customers with the most value at stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="33"/>
        <source>List all at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="35"/>
        <source>every customer at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="39"/>
        <source>at risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="47"/>
        <source>Ranking the customers by value at stake × risk: this needs every transaction and follows in a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="53"/>
        <source>%1 customers at risk; value at stake %2, of which %3 expected to be lost (value × risk). Ranked by value × risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="63"/>
        <source>%1 %2: click to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="67"/>
        <source>12-month lifetime value from the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="68"/>
        <source>average yearly net revenue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::BackupActions</name>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="51"/>
        <source>#%1  %2  (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="71"/>
        <source>Backing up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="71"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="86"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="92"/>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="93"/>
        <source>CRM databases (*.crm *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="97"/>
        <source>Backed up and checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="104"/>
        <location filename="../../ui/main/backup_actions.cpp" line="114"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="105"/>
        <source>There are no backups of this database yet (File &gt; Backup now, or the automatic daily backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="115"/>
        <source>Replace the open database with this backup?
The current file is kept as one more backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="123"/>
        <source>Restored backup #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="125"/>
        <location filename="../../ui/main/backup_actions.cpp" line="153"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="134"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="144"/>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="145"/>
        <source>%1

Restore the latest backup (%2)? The damaged file is kept beside its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="176"/>
        <source>Automatic backup #%1 made and checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/backup_actions.cpp" line="178"/>
        <source>Automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ClvPanel</name>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="186"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="186"/>
        <location filename="../../ui/dashboard/value_panels.cpp" line="232"/>
        <location filename="../../ui/dashboard/value_panels.cpp" line="244"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="186"/>
        <source>Expected revenue, 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="187"/>
        <source>Lifetime value: CLV, P(alive) and expected revenue of the next 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="210"/>
        <source>Valuing the customers with the lifetime-value model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="215"/>
        <source>No lifetime-value model is stored for %1. Fit one (crm clv fit --as-of %1) to see the distribution of CLV and P(alive) and the expected revenue of the next 12 months by stage and owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="223"/>
        <source>Expected revenue of the next 12 months: %1 (model fitted as of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="232"/>
        <source>Customers by 12-month CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="232"/>
        <source>CLV (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="237"/>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="238"/>
        <source>%1 and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="239"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="244"/>
        <source>Customers by P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="244"/>
        <source>P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="246"/>
        <source>%1–%2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="253"/>
        <source>Expected revenue of the next 12 months by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="254"/>
        <source>Thousand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="268"/>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactDialog</name>
    <message>
        <location filename="../../ui/edit/contact_dialog.cpp" line="17"/>
        <source>Edit contact of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/contact_dialog.cpp" line="18"/>
        <source>New contact of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomerDetailView</name>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="46"/>
        <source>The RFM scores could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="74"/>
        <source>No contacts recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="77"/>
        <source>No primary contact yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="81"/>
        <source>No transactions or interactions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="84"/>
        <source>No follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="87"/>
        <source>No complaints recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="90"/>
        <source>No stage changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="133"/>
        <source>Select a customer in the list to see its profile, contacts, history and value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="137"/>
        <source>This customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="148"/>
        <source>This customer cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/customer_detail_view.cpp" line="184"/>
        <source>%n transaction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/customer_detail_view.cpp" line="186"/>
        <source>%n interaction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/customer_detail_view.cpp" line="200"/>
        <source>%n open follow-up(s) and complaint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="201"/>
        <source>Follow-ups (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_view.cpp" line="202"/>
        <source>Complaints (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_profile.cpp" line="61"/>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_profile.cpp" line="71"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/customer_detail_profile.cpp" line="75"/>
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_profile.cpp" line="91"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_profile.cpp" line="99"/>
        <source>&lt;b&gt;Focus:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="58"/>
        <source>margin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="58"/>
        <source>no costs recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="62"/>
        <source>From the lifetime-value model fitted as of %1 on %2 customers; next 12 months, 1% monthly discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="71"/>
        <source>No purchases yet: the lifetime-value model has nothing to predict from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="80"/>
        <source>≈ %1 purchases expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="83"/>
        <source>spend cannot be predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="88"/>
        <source>no annual category spend recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="97"/>
        <source>no model yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="98"/>
        <source>No lifetime-value model has been fitted for this file yet, so current value, potential value and P(alive) cannot be shown. They appear once a model is fitted (crm clv fit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="123"/>
        <source>Scores run from 1 (lowest) to 5 (highest) relative to every customer scored on that date. Point at a month for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="146"/>
        <source>Placing this customer among all customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="150"/>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="151"/>
        <source>No purchase yet: RFM scores need at least one purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="158"/>
        <source>Last purchase %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="159"/>
        <source>%n purchase(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="161"/>
        <source>%1 in all; scored among %2 customers as of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/customer_detail_analytics.cpp" line="167"/>
        <source>Scoring every customer as of %1 (%2 of %3). This is done once; the scores fill in when ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomerDialog</name>
    <message>
        <location filename="../../ui/edit/customer_dialog.cpp" line="25"/>
        <source>Edit customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/customer_dialog.cpp" line="26"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/customer_dialog.cpp" line="131"/>
        <source>Has contacts: only organisations have contacts. Delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomerFilterBar</name>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="28"/>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="49"/>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="55"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="44"/>
        <source>Search name, code, email, phone or contact (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="45"/>
        <source>Type two or more characters (or one Chinese character) to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="48"/>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="53"/>
        <source>S&amp;egment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="54"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="58"/>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="59"/>
        <source>&amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="60"/>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="61"/>
        <source>&amp;Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_filter_bar.cpp" line="62"/>
        <source>&amp;My customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomerListModel</name>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="185"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="186"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="187"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="188"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="189"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="190"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="191"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="192"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="193"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="194"/>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="195"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/list/customer_list_model.cpp" line="196"/>
        <source>Net amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::DashboardView</name>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="37"/>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="41"/>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="177"/>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="178"/>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="179"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="161"/>
        <source>Computing the panels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="161"/>
        <source>Reading every customer as of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="172"/>
        <source>The dashboard could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="188"/>
        <source>Assessing the risk and value of every customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="200"/>
        <source>%n customer(s) as of %1, computed in %2 s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="203"/>
        <source>(stages from the lifecycle timeline of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="204"/>
        <source>never replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="235"/>
        <source>%1, as of %2 (%n customer(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="241"/>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="246"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="243"/>
        <source>As of %1; period from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="244"/>
        <source>Owner: %1; region: %2; industry: %3; kind: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="247"/>
        <source>File: %1; %n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="254"/>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="263"/>
        <source>Customer dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="269"/>
        <source>Export the dashboard as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="270"/>
        <source>dashboard.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="270"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="272"/>
        <source>Export PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="272"/>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="279"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="276"/>
        <source>Export the dashboard as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="277"/>
        <source>dashboard.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="277"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="279"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="289"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_view.cpp" line="289"/>
        <source>The printer could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_export.cpp" line="40"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_style.cpp" line="48"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_style.cpp" line="60"/>
        <source>%1B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_style.cpp" line="62"/>
        <source>%1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_style.cpp" line="64"/>
        <source>%1k</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::EditController</name>
    <message>
        <location filename="../../ui/edit/edit_controller.cpp" line="28"/>
        <source>Read-only file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller.cpp" line="29"/>
        <source>This file is read-only, so it cannot be changed. Open a copy you may write to, or ask for write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller.cpp" line="53"/>
        <source>The change was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller.cpp" line="77"/>
        <source>Add customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller.cpp" line="100"/>
        <source>Edit customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller.cpp" line="116"/>
        <source>Delete the customer %1 with all its contacts, transactions, interactions and follow-ups?

You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller.cpp" line="119"/>
        <source>Delete customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller.cpp" line="124"/>
        <source>Delete customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="36"/>
        <source>Add contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="37"/>
        <source>Edit contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="38"/>
        <source>Delete contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="39"/>
        <source>Delete the contact %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="44"/>
        <source>Add transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="45"/>
        <source>Edit transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="46"/>
        <source>Delete transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="47"/>
        <source>Delete the transaction of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="52"/>
        <source>Add interaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="53"/>
        <source>Edit interaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="54"/>
        <source>Delete interaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="55"/>
        <source>Delete the interaction &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="60"/>
        <source>Add follow-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="61"/>
        <source>Edit follow-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="62"/>
        <source>Delete follow-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="63"/>
        <source>Delete the follow-up &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="142"/>
        <source>No contacts for persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="143"/>
        <source>%1 is a person: only organisations have contact persons.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ExportDialog</name>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="43"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="66"/>
        <source>Customers in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="67"/>
        <source>All transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="68"/>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="69"/>
        <source>All interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="70"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="71"/>
        <source>UTF-8 for Excel (with byte-order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="73"/>
        <source>GB18030 (Chinese Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="75"/>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="76"/>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="77"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="92"/>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="99"/>
        <source>Every record in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="100"/>
        <source>All customers (the list is not filtered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="101"/>
        <source>The customers the list shows with its current filters and search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="129"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="130"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="138"/>
        <source>Check at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="140"/>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="153"/>
        <source>%1 exists: it will be replaced once the export is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="179"/>
        <source>Exporting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="189"/>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="207"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="207"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="213"/>
        <source>Exporting: %1 of %2 rows...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="227"/>
        <source>Nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="229"/>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="230"/>
        <source>Exported %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/export_dialog.cpp" line="234"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::FlowPanel</name>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="169"/>
        <source>Stage flow: customers who moved in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="173"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="173"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="179"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="195"/>
        <source>%1 → %2: %3 customers, %4 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="205"/>
        <source>%1 → %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::FollowUpDialog</name>
    <message>
        <location filename="../../ui/edit/follow_up_dialog.cpp" line="16"/>
        <source>Edit follow-up of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/follow_up_dialog.cpp" line="17"/>
        <source>New follow-up of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryPanel</name>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="130"/>
        <source>Lifecycle over time: customers per stage at each month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="141"/>
        <source>MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="162"/>
        <source>Month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="164"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportCheckPage</name>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="18"/>
        <source>A customer is already stored when its code is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="20"/>
        <source>A transaction whose customer and reference are already stored is always skipped, so importing a file twice changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="23"/>
        <source>A contact is already stored when its customer has a contact of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="26"/>
        <source>An interaction is already stored when its customer has one with the same date, time, type and subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="104"/>
        <source>Checking the file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="116"/>
        <source>Checking the file: %1 rows so far...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="138"/>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="140"/>
        <source>%1 rows checked: %2 new, %3 to update, %4 already stored, %5 with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="144"/>
        <source>The first %1 problems are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="154"/>
        <source>The file has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="156"/>
        <source>Nothing is imported while rows have problems: correct the file and check again, or import only the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_check_page.cpp" line="159"/>
        <source>Press Import to import the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportMappingPage</name>
    <message>
        <location filename="../../ui/csv/import_mapping_page.cpp" line="54"/>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_mapping_page.cpp" line="58"/>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_mapping_page.cpp" line="107"/>
        <source>Choose a column for each required field: %1 has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_mapping_page.cpp" line="110"/>
        <source>Columns not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_mapping_page.cpp" line="112"/>
        <source>Every column will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportPreviewPage</name>
    <message>
        <location filename="../../ui/csv/import_preview_page.cpp" line="47"/>
        <location filename="../../ui/csv/import_preview_page.cpp" line="50"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_preview_page.cpp" line="98"/>
        <source> with byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_preview_page.cpp" line="100"/>
        <source>Read as %1%2, columns separated by: %3 (%4 columns, %5). The numbers on the left are the lines of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_preview_page.cpp" line="112"/>
        <source>This file cannot be read as a table: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportProblemModel</name>
    <message>
        <location filename="../../ui/csv/import_problem_model.cpp" line="50"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_problem_model.cpp" line="51"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_problem_model.cpp" line="52"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportRunPage</name>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="41"/>
        <source>Importing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="55"/>
        <source>Cancelling: the database is put back as it was...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="63"/>
        <source>Importing: %1 rows so far...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="80"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="82"/>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="84"/>
        <source>Nothing was imported: %1 rows have problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="86"/>
        <source>Nothing new: the database already holds these rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="87"/>
        <source>%1 imported from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="105"/>
        <source>-rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="107"/>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="108"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="118"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_run_page.cpp" line="119"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportSourcePage</name>
    <message>
        <location filename="../../ui/csv/import_source_page.cpp" line="59"/>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_source_page.cpp" line="60"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_source_page.cpp" line="69"/>
        <source>There is no file at this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_source_page.cpp" line="71"/>
        <source>Required columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportWizard</name>
    <message>
        <location filename="../../ui/csv/import_wizard.cpp" line="15"/>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/csv/import_wizard.cpp" line="19"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::InteractionDialog</name>
    <message>
        <location filename="../../ui/edit/interaction_dialog.cpp" line="21"/>
        <source>Edit interaction with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/interaction_dialog.cpp" line="22"/>
        <source>New interaction with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/interaction_dialog.cpp" line="34"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::LedgerPanel</name>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="117"/>
        <source>Ledger: customers by industry and region; revenue, profit and complaints by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="119"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="119"/>
        <location filename="../../ui/dashboard/list_panels.cpp" line="120"/>
        <location filename="../../ui/dashboard/list_panels.cpp" line="121"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="119"/>
        <location filename="../../ui/dashboard/list_panels.cpp" line="120"/>
        <location filename="../../ui/dashboard/list_panels.cpp" line="121"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="119"/>
        <source>industry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="120"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="120"/>
        <source>region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="121"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="121"/>
        <source>Profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="121"/>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="122"/>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="149"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::LifecyclePanel</name>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="61"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="61"/>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="101"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="61"/>
        <source>Net revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="61"/>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="62"/>
        <source>Profit (margin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="62"/>
        <source>Share of profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="64"/>
        <source>Lifecycle now: customers, revenue and profit per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="112"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/lifecycle_panels.cpp" line="126"/>
        <source>stage %1 on the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::LifecycleReplayRunner</name>
    <message>
        <location filename="../../ui/settings/lifecycle_replay_runner.cpp" line="45"/>
        <source>Re-deriving every customer&apos;s lifecycle stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_replay_runner.cpp" line="45"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_replay_runner.cpp" line="47"/>
        <source>Lifecycle stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/lifecycle_replay_runner.cpp" line="55"/>
        <source>Stopping after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::MainWindow</name>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="100"/>
        <location filename="../../ui/main/main_window.cpp" line="103"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="110"/>
        <source>%1 - CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="126"/>
        <source>This file is read-only: you can look, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="128"/>
        <source>This file is on a network share (%1). SQLite files must not be shared over a network, where two users can damage the file: keep it on a local disk and share exports or backups instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="152"/>
        <source>Showing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main/main_window.cpp" line="182"/>
        <source>%n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="224"/>
        <location filename="../../ui/main/main_window.cpp" line="229"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="225"/>
        <source>CRM databases (*.crm *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="230"/>
        <source>%1 already exists. Choose a new name, or open it with File &gt; Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="238"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="239"/>
        <source>CRM databases (*.crm *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="282"/>
        <source>About CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window.cpp" line="283"/>
        <source>&lt;h3&gt;CRM %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for companies that live on customer relationships: lifecycle stages, RFM, lifetime value.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="35"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="36"/>
        <source>&amp;New database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="37"/>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="38"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="41"/>
        <source>&amp;Backup now...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="41"/>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="43"/>
        <source>Restore from bac&amp;kup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="46"/>
        <source>&amp;Import CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="46"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="48"/>
        <source>&amp;Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="48"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="51"/>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="53"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="71"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="72"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="74"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="75"/>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="79"/>
        <source>&amp;Find customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="83"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="84"/>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="85"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="88"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="89"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="92"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="93"/>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="97"/>
        <source>C&amp;olumns...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="98"/>
        <source>Clear &amp;filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="103"/>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="104"/>
        <source>&amp;New customer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="105"/>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="108"/>
        <source>&amp;Edit customer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="108"/>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="110"/>
        <source>&amp;Delete customer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="113"/>
        <source>Add &amp;contact...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="113"/>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="115"/>
        <source>Add &amp;transaction...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="115"/>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="117"/>
        <source>Add &amp;interaction...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="117"/>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="119"/>
        <source>Add &amp;follow-up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="119"/>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="126"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/main_window_menus.cpp" line="127"/>
        <source>&amp;About CRM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::Ops</name>
    <message>
        <location filename="../../ui/edit/edit_controller_records.cpp" line="126"/>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordTable</name>
    <message>
        <location filename="../../ui/detail/record_table.cpp" line="101"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/record_table.cpp" line="104"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::RetentionPanel</name>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="78"/>
        <source>Retention: share of each month&apos;s new buyers still buying later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="80"/>
        <source>Cohort: month of the first purchase. Still buying after k months: a purchase in month k after the first or later. Click a row for the cohort&apos;s customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="86"/>
        <source>Still buying after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="90"/>
        <source>first purchase in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="98"/>
        <source>New buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="98"/>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="98"/>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="98"/>
        <source>6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/list_panels.cpp" line="98"/>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::RfmHistoryModel</name>
    <message>
        <location filename="../../ui/detail/rfm_history_model.cpp" line="69"/>
        <source>%1: every customer is being scored for this date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/rfm_history_model.cpp" line="71"/>
        <source>%1: no purchase yet, not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/rfm_history_model.cpp" line="73"/>
        <source>%1: R %2 · F %3 · M %4, %5
Last purchase %6 days before, %7 purchases, %8
(scored among %9 customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/rfm_history_model.cpp" line="89"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/rfm_history_model.cpp" line="103"/>
        <source>Recency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/rfm_history_model.cpp" line="103"/>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail/rfm_history_model.cpp" line="104"/>
        <source>Monetary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::RfmPanel</name>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="36"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="36"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="36"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="36"/>
        <source>Monetary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="37"/>
        <source>RFM: recency score by frequency score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="46"/>
        <source>R score (5 = bought most recently)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="46"/>
        <source>F score (5 = buys most often)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="54"/>
        <source>RFM segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="84"/>
        <source>R %1, F %2 (%3): %4 customers, average monetary %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="89"/>
        <source>Colour: average monetary value per customer, light %1 to dark %2. Click a cell for its customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="91"/>
        <source>No customer with a purchase by the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="107"/>
        <source>%1 in all, %2 per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/rfm_panel.cpp" line="117"/>
        <source>RFM cell R %1, F %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::RiskReason</name>
    <message>
        <location filename="../../ui/today/risk_reason.cpp" line="31"/>
        <source>usually buys every %1 days, %2 days since the last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/risk_reason.cpp" line="35"/>
        <source>revenue of the last %1 days %2 (%3 vs %4 average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/risk_reason.cpp" line="41"/>
        <source>R score %1, was %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/risk_reason.cpp" line="46"/>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/risk_reason.cpp" line="48"/>
        <source>P(alive) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/risk_reason.cpp" line="49"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::SegmentFilterBox</name>
    <message>
        <location filename="../../ui/today/segment_filter_box.cpp" line="34"/>
        <location filename="../../ui/today/segment_filter_box.cpp" line="90"/>
        <source>RFM segment as of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/segment_filter_box.cpp" line="35"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/segment_filter_box.cpp" line="91"/>
        <source>Cannot compute the segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/segment_filter_box.cpp" line="101"/>
        <source>%1 (computing…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="40"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="51"/>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="52"/>
        <source>Open a database to see its thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="57"/>
        <source>1 decimal place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="58"/>
        <source>%1 decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="60"/>
        <source>%1, %2 (for example %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="66"/>
        <source>The stored thresholds cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="73"/>
        <source>This file is read-only: the thresholds cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="114"/>
        <source>Cannot save the thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="127"/>
        <source>Re-derive the stages?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="128"/>
        <source>The lifecycle thresholds changed. Re-derive every customer&apos;s stage under the new thresholds now?

On a large database this takes a while; you can cancel it, and the stages are otherwise re-derived the next time the lifecycle report runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="137"/>
        <source>Re-deriving the stages failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="139"/>
        <source>Re-deriving stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_dialog.cpp" line="140"/>
        <source>Stopped after %1 customers; the others keep their stages until the next re-derivation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::TodayLists</name>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="54"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="56"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="67"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="68"/>
        <source>1 day overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="69"/>
        <source>%1 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="93"/>
        <source>Open for 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="93"/>
        <source>Open for %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="108"/>
        <source>Born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="129"/>
        <source>12-month customer lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_lists.cpp" line="130"/>
        <source>Average yearly net revenue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::TodayView</name>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="53"/>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="54"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="58"/>
        <source>&amp;Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="107"/>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="111"/>
        <source>No current user is set, so the at-risk list shows every owner&apos;s customers. Set your name in File &gt; Settings to see only yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="113"/>
        <source>The at-risk list shows the customers of %1, the current user (File &gt; Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="126"/>
        <source>Follow-ups due (%1, %2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="128"/>
        <source>Nothing due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="136"/>
        <source>Open complaints (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="138"/>
        <source>No complaint is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="150"/>
        <source>At risk (computing…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="151"/>
        <source>Birthdays this week (looking up…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="157"/>
        <source>Birthdays this week (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="160"/>
        <source>Cannot read the birthdays: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="163"/>
        <source>No birthdays in the next 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="172"/>
        <source>top %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="173"/>
        <source>My customers at risk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="174"/>
        <source>Customers at risk, all owners (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="178"/>
        <source>Cannot compute the at-risk customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="181"/>
        <source>No customer shows a warning sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="188"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="189"/>
        <source>Open a database to see what needs you today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="190"/>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="191"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="192"/>
        <source>Birthdays this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="193"/>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today/today_view.cpp" line="222"/>
        <source>Cannot mark the follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::TransactionDialog</name>
    <message>
        <location filename="../../ui/edit/transaction_dialog.cpp" line="20"/>
        <source>Edit transaction of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/edit/transaction_dialog.cpp" line="21"/>
        <source>New transaction of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::ui::ValuePanel</name>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="106"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="106"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="106"/>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="106"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="106"/>
        <location filename="../../ui/dashboard/value_panels.cpp" line="164"/>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="107"/>
        <source>Value concentration: who brings the revenue (80/20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="116"/>
        <source>ABC tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="129"/>
        <source>No positive revenue by the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="132"/>
        <source>&lt;b&gt;Top %1 of customers (%2 of %3) bring 80% of the revenue.&lt;/b&gt; Gini %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="136"/>
        <source>Profit: top %1 of the customers with costs recorded bring 80%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="144"/>
        <source>Equal shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="149"/>
        <source>Revenue of the top customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="158"/>
        <source>80% of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="164"/>
        <source>Customers, largest revenue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="172"/>
        <source>A (first 80% of revenue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="172"/>
        <source>B (next 15%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/value_panels.cpp" line="172"/>
        <source>C (last 5%, none or negative)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
