<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="68" />
        <source>&amp;New article</source>
        <translation>مقال &amp;جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="71" />
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="73" />
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="75" />
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="77" />
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="78" />
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="79" />
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="82" />
        <source>R&amp;eplace…</source>
        <translation>ا&amp;ستبدال…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="86" />
        <source>&amp;Bold</source>
        <translation>&amp;عريض</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="88" />
        <source>&amp;Italic</source>
        <translation>&amp;مائل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="90" />
        <source>&amp;Link…</source>
        <translation>&amp;رابط…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="93" />
        <source>Paste as plain text</source>
        <translation>لصق كنص عادي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="99" />
        <source>Paragraph right-to-left</source>
        <translation>الفقرة من اليمين إلى اليسار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="105" />
        <source>Paragraph left-to-right</source>
        <translation>الفقرة من اليسار إلى اليمين</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="111" />
        <source>Paragraph direction automatic</source>
        <translation>اتجاه الفقرة تلقائي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="117" />
        <source>Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="123" />
        <source>Heading</source>
        <translation>عنوان فرعي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="129" />
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="135" />
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="141" />
        <source>Su&amp;bmit to desk</source>
        <translation>إ&amp;رسال إلى القسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="147" />
        <source>&amp;History…</source>
        <translation>ال&amp;سجل…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="153" />
        <source>&amp;Print proof…</source>
        <translation>&amp;طباعة بروفة…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="159" />
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="164" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="168" />
        <source>Right-to-left mark (RLM)</source>
        <translation>علامة من اليمين إلى اليسار (RLM)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="174" />
        <source>Left-to-right mark (LRM)</source>
        <translation>علامة من اليسار إلى اليمين (LRM)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="180" />
        <source>Arabic comma ،</source>
        <translation>فاصلة عربية ،</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="185" />
        <source>Guillemets « »</source>
        <translation>علامتا تنصيص « »</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="189" />
        <source>Non-breaking space</source>
        <translation>مسافة غير منكسرة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="195" />
        <source>Show invisible characters</source>
        <translation>إظهار المحارف غير المرئية</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="93" />
        <source>New article</source>
        <translation>مقال جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="100" />
        <source>Unsaved changes</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="102" />
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="105" />
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="105" />
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="116" />
        <source>Recovered text from %1 that had not been saved.</source>
        <translation>نص مسترجع من %1 لم يكن قد حُفظ.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="157" />
        <source>Could not write the recovery copy: %1</source>
        <translation>تعذرت كتابة نسخة الاسترجاع: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="174" />
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="189" />
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="264" />
        <source>Returned by %1: %2</source>
        <translation>أعاده %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="274" />
        <source>Held by %1 since %2: read only.</source>
        <translation>بحوزة %1 منذ %2: للقراءة فقط.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="279" />
        <source>This article is spiked; restore it to edit.</source>
        <translation>هذا المقال ملغى؛ استرجعه لتعديله.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="280" />
        <source>Read only: this article is %1 and your role may not change it.</source>
        <translation>للقراءة فقط: حالة هذا المقال %1 ودورك لا يسمح بتعديله.</translation>
    </message>
</context>
<context>
    <name>ArticleFields</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="65" />
        <source>Breaking</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="66" />
        <source>Embargo until</source>
        <translation>حظر النشر حتى</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="81" />
        <source>Urgency</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="89" />
        <source>Dateline</source>
        <translation>مكان الخبر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="91" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="92" />
        <source>Kicker</source>
        <translation>العنوان الصغير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="93" />
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="99" />
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="94" />
        <source>Standfirst</source>
        <translation>المقدمة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="95" />
        <source>Byline</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="96" />
        <source>Desk</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="97" />
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="100" />
        <source>comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
</context>
<context>
    <name>BodyEdit</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/body.py" line="235" />
        <source>Fix: %1</source>
        <translation>تصحيح: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/conflict.py" line="59" />
        <source>Someone else saved this article</source>
        <translation>حفظ شخص آخر هذا المقال</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/conflict.py" line="64" />
        <source>%1 saved a newer version while you were editing. Your text is safe: it is kept as a revision whatever you choose.</source>
        <translation>حفظ %1 نسخة أحدث أثناء تحريرك. نصك في أمان: يُحتفظ به كمراجعة مهما كان اختيارك.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/conflict.py" line="73" />
        <source>Keep mine</source>
        <translation>الاحتفاظ بنسختي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/conflict.py" line="75" />
        <source>Take theirs</source>
        <translation>اعتماد نسختهم</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="21" />
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="23" />
        <source>Replace with</source>
        <translation>استبدال بـ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="24" />
        <source>Ignore diacritics, tatweel and hamza</source>
        <translation>تجاهل التشكيل والتطويل والهمزة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="26" />
        <source>Whole words</source>
        <translation>كلمات كاملة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="28" />
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="29" />
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="30" />
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="31" />
        <source>Replace all</source>
        <translation>استبدال الكل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="81" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="113" />
        <source>%n replaced</source>
        <translation>
            <numerusform>استُبدلت %n</numerusform>
            <numerusform>استُبدلت %n</numerusform>
            <numerusform>استُبدلت %n</numerusform>
            <numerusform>استُبدلت %n</numerusform>
            <numerusform>استُبدلت %n</numerusform>
            <numerusform>استُبدلت %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../src/newsdesk/gui/findings.py" line="35" />
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/findings.py" line="39" />
        <source>¶%1</source>
        <translation>¶%1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/history.py" line="32" />
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/history.py" line="44" />
        <source>Restore this revision</source>
        <translation>استرجاع هذه المراجعة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/history.py" line="76" />
        <source>Not restored</source>
        <translation>لم يُسترجع</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="69" />
        <source>Newsdesk</source>
        <translation>نيوزديسك</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="83" />
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="87" />
        <source>House style</source>
        <translation>أسلوب التحرير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="93" />
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="101" />
        <source>Desk queue</source>
        <translation>طابور القسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="108" />
        <source>Ticker</source>
        <translation>الشريط</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="202" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="209" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="212" />
        <source>F&amp;ormat</source>
        <translation>&amp;تنسيق</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="225" />
        <source>&amp;Insert</source>
        <translation>إ&amp;دراج</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="234" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="242" />
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="298" />
        <source>Cannot open</source>
        <translation>تعذر الفتح</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="352" />
        <source>Unsaved changes</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="353" />
        <source>Save the changes to “%1”?</source>
        <translation>هل تحفظ التعديلات على «%1»؟</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="354" />
        <source>New article</source>
        <translation>مقال جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="385" />
        <source>Not submitted</source>
        <translation>لم يُرسل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="389" />
        <source>Submitted to the desk</source>
        <translation>أُرسل إلى القسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="418" />
        <source>Select the words to link first</source>
        <translation>حدد الكلمات المراد ربطها أولا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="420" />
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="420" />
        <source>Address (https://…)</source>
        <translation>العنوان (https://…)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="492" />
        <source>%1 · version %2</source>
        <translation>%1 · النسخة %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="496" />
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="509" />
        <source>%1 words · %2 min</source>
        <translation>%1 كلمة · %2 د</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="543" />
        <source>House style (%1)</source>
        <translation>أسلوب التحرير (%1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="574" />
        <source>Save the article before printing a proof</source>
        <translation>احفظ المقال قبل طباعة البروفة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="577" />
        <source>Print proof</source>
        <translation>طباعة بروفة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="584" />
        <source>No proof</source>
        <translation>لا بروفة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="587" />
        <source>Proof written: %1</source>
        <translation>كُتبت البروفة: %1</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="62" />
        <source>Search (Arabic-aware)…</source>
        <translation>بحث (يفهم العربية)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="64" />
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="67" />
        <source>Mine</source>
        <translation>مقالاتي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="70" />
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="70" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="70" />
        <source>Updated</source>
        <translation>آخر تعديل</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/notes.py" line="32" />
        <source>Write a note for the desk…</source>
        <translation>اكتب ملاحظة للقسم…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/notes.py" line="33" />
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="28" />
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="31" />
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="42" />
        <source>Newsdesk default (Noto Sans Arabic)</source>
        <translation>خط نيوزديسك الافتراضي (Noto Sans Arabic)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="43" />
        <source>The font chosen below</source>
        <translation>الخط المختار أدناه</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="49" />
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="50" />
        <source>The interface language applies from the next start.</source>
        <translation>تُطبق لغة الواجهة عند التشغيل القادم.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="51" />
        <source>Editor font</source>
        <translation>خط المحرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="53" />
        <source>Editor font size</source>
        <translation>حجم خط المحرر</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="48" />
        <source>Desktop</source>
        <translation>حاسوب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="49" />
        <source>Phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="50" />
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="56" />
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="56" />
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="40" />
        <source>Urgency</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="41" />
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="42" />
        <source>Desk</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="43" />
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="44" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="45" />
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="46" />
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="47" />
        <source>Style errors</source>
        <translation>أخطاء الأسلوب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="48" />
        <source>Held by</source>
        <translation>بحوزة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="33" />
        <source>Incoming</source>
        <translation>الوارد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="34" />
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="35" />
        <source>Returned</source>
        <translation>معاد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="36" />
        <source>Approved</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="37" />
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="38" />
        <source>Spiked</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="41" />
        <source>Claim</source>
        <translation>تولي المراجعة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="42" />
        <source>Approve</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="43" />
        <source>Return…</source>
        <translation>إعادة…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="44" />
        <source>Mark published</source>
        <translation>تعليم كمنشور</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="45" />
        <source>Spike…</source>
        <translation>إلغاء…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="46" />
        <source>Restore</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="71" />
        <source>In review: only what I hold</source>
        <translation>قيد المراجعة: ما بحوزتي فقط</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="75" />
        <source>Search this tab (Arabic-aware)…</source>
        <translation>ابحث في هذا التبويب (يفهم العربية)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="103" />
        <source>Break lease…</source>
        <translation>كسر الحجز…</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="170" />
        <source>Break lease</source>
        <translation>كسر الحجز</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="171" />
        <source>Take the article away from whoever is editing it?</source>
        <translation>هل تسحب المقال ممن يحرره الآن؟</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="187" />
        <source>Note for the author</source>
        <translation>ملاحظة للكاتب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="187" />
        <source>Why spike it?</source>
        <translation>لماذا الإلغاء؟</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="189" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="200" />
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="36" />
        <source>editor</source>
        <translation>محرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="37" />
        <source>chief</source>
        <translation>رئيس قسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="38" />
        <source>admin</source>
        <translation>مسؤول</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/newsdesk/gui/startup.py" line="52" />
        <source>Recover unsaved work</source>
        <translation>استرجاع عمل غير محفوظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/startup.py" line="53" />
        <source>Newsdesk closed before these articles were saved:

%1

Reopen them?</source>
        <translation>أُغلق نيوزديسك قبل حفظ هذه المقالات:

%1

هل تعيد فتحها؟</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="27" />
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="28" />
        <source>Submitted</source>
        <translation>مرسل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="29" />
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="30" />
        <source>Approved</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="31" />
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="32" />
        <source>Returned</source>
        <translation>معاد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="33" />
        <source>Spiked</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>TickerDesk</name>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="110" />
        <source>New ticker item…</source>
        <translation>خبر جديد في الشريط…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="111" />
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="112" />
        <source>Breaking</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="120" />
        <source>Set expiry</source>
        <translation>تحديد الانتهاء</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="121" />
        <source>Approve for air</source>
        <translation>اعتماد للبث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="122" />
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="123" />
        <source>Renew</source>
        <translation>تجديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="132" />
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="283" />
        <source>Ticker</source>
        <translation>الشريط</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="261" />
        <source>Not added</source>
        <translation>لم يُضف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="300" />
        <source>Width: %1% of the on-air window</source>
        <translation>العرض: %1% من نافذة البث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="311" />
        <source>Not changed</source>
        <translation>لم يُعدل</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/welcome.py" line="23" />
        <source>Welcome to Newsdesk</source>
        <translation>مرحبا بك في نيوزديسك</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/welcome.py" line="26" />
        <source>You are signed in as %1 with the %2 role. You can add colleagues later with “newsdesk user add”.</source>
        <translation>أنت مسجل باسم %1 بدور %2. يمكنك إضافة زملائك لاحقا بالأمر «newsdesk user add».</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/welcome.py" line="35" />
        <source>Load sample articles in Arabic, French and English</source>
        <translation>تحميل مقالات نموذجية بالعربية والفرنسية والإنجليزية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/welcome.py" line="39" />
        <source>Your name as shown to colleagues</source>
        <translation>اسمك كما يظهر لزملائك</translation>
    </message>
</context>
</TS>