<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="126"/>
        <source>&amp;New article</source>
        <translation>مقال &amp;جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="127"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="128"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="129"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="130"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="131"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="132"/>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="133"/>
        <source>R&amp;eplace…</source>
        <translation>ا&amp;ستبدال…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="134"/>
        <source>&amp;Bold</source>
        <translation>&amp;عريض</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="135"/>
        <source>&amp;Italic</source>
        <translation>&amp;مائل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="136"/>
        <source>&amp;Link…</source>
        <translation>&amp;رابط…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="139"/>
        <source>Paste as plain text</source>
        <translation>لصق كنص عادي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="145"/>
        <source>Paragraph right-to-left</source>
        <translation>الفقرة من اليمين إلى اليسار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="151"/>
        <source>Paragraph left-to-right</source>
        <translation>الفقرة من اليسار إلى اليمين</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="157"/>
        <source>Paragraph direction automatic</source>
        <translation>اتجاه الفقرة تلقائي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="161"/>
        <source>Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="162"/>
        <source>Heading</source>
        <translation>عنوان فرعي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="163"/>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="164"/>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="165"/>
        <source>Su&amp;bmit to desk</source>
        <translation>&amp;تقديم إلى القسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="166"/>
        <source>&amp;History…</source>
        <translation>ال&amp;سجل…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="167"/>
        <source>&amp;Print proof…</source>
        <translation>&amp;طباعة بروفة…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="168"/>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="169"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="170"/>
        <source>Right-to-left mark (RLM)</source>
        <translation>علامة من اليمين إلى اليسار (RLM)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="171"/>
        <source>Left-to-right mark (LRM)</source>
        <translation>علامة من اليسار إلى اليمين (LRM)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="172"/>
        <source>Arabic comma ،</source>
        <translation>فاصلة عربية ،</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="173"/>
        <source>Guillemets « »</source>
        <translation>علامتا تنصيص « »</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="174"/>
        <source>Non-breaking space</source>
        <translation>مسافة غير منكسرة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="177"/>
        <source>Show invisible characters</source>
        <translation>إظهار المحارف غير المرئية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="183"/>
        <source>&amp;Export bundle…</source>
        <translation>&amp;تصدير حزمة…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="188"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="189"/>
        <source>Sen&amp;d to desk…</source>
        <translation>إرسال &amp;حزمة إلى القسم…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/actions.py" line="196"/>
        <source>Check the &amp;database…</source>
        <translation>&amp;فحص قاعدة البيانات…</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="133"/>
        <source>New article</source>
        <translation>مقال جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="140"/>
        <source>Unsaved changes</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="142"/>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="145"/>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="145"/>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="156"/>
        <source>Recovered text from %1 that had not been saved.</source>
        <translation>نص مسترجع من %1 لم يكن قد حُفظ.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="197"/>
        <source>Could not write the recovery copy: %1</source>
        <translation>تعذرت كتابة نسخة الاسترجاع: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="215"/>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="230"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="304"/>
        <source>Returned by %1: %2</source>
        <translation>أعاده %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="314"/>
        <source>Held by %1 since %2: read only.</source>
        <translation>بحوزة %1 منذ %2: للقراءة فقط.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="319"/>
        <source>This article is spiked; restore it to edit.</source>
        <translation>هذا المقال ملغى؛ استرجعه لتعديله.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/article_editor.py" line="320"/>
        <source>Read only: this article is %1 and your role may not change it.</source>
        <translation>للقراءة فقط: حالة هذا المقال %1 ودورك لا يسمح بتعديله.</translation>
    </message>
</context>
<context>
    <name>ArticleFields</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="76"/>
        <source>Breaking</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="77"/>
        <source>Embargo until</source>
        <translation>حظر النشر حتى</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="95"/>
        <source>Urgency</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="103"/>
        <source>Dateline</source>
        <translation>مكان الخبر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="105"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="106"/>
        <source>Kicker</source>
        <translation>العنوان الصغير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="107"/>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="113"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="108"/>
        <source>Standfirst</source>
        <translation>المقدمة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="109"/>
        <source>Byline</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="110"/>
        <source>Desk</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="111"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/fields.py" line="114"/>
        <source>comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
</context>
<context>
    <name>BodyEdit</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/body.py" line="255"/>
        <source>Fix: %1</source>
        <translation>تصحيح: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/conflict.py" line="59"/>
        <source>Someone else saved this article</source>
        <translation>حفظ شخص آخر هذا المقال</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/conflict.py" line="64"/>
        <source>%1 saved a newer version while you were editing. Your text is safe: it is kept as a revision whatever you choose.</source>
        <translation>حفظ %1 نسخة أحدث أثناء تحريرك. نصك في أمان: يُحتفظ به كمراجعة مهما كان اختيارك.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/conflict.py" line="73"/>
        <source>Keep mine</source>
        <translation>الاحتفاظ بنسختي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/conflict.py" line="75"/>
        <source>Take theirs</source>
        <translation>اعتماد نسختهم</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/crash.py" line="73"/>
        <source>Newsdesk: unexpected error</source>
        <translation>Newsdesk: خطأ غير متوقع</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/crash.py" line="79"/>
        <source>Something went wrong inside Newsdesk. Newsdesk keeps running, but save your work and restart it if anything looks wrong.</source>
        <translation>حدث خطأ داخل Newsdesk. يواصل Newsdesk العمل، لكن احفظ عملك وأعد تشغيله إن بدا لك أي شيء غير سليم.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/crash.py" line="90"/>
        <source>Please report this error with the details below (the error, the Newsdesk version and the platform). The log file is:</source>
        <translation>يرجى الإبلاغ عن هذا الخطأ مع التفاصيل أدناه (الخطأ، وإصدار Newsdesk، والنظام). ملف السجل هو:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/crash.py" line="104"/>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/gui/crash.py" line="114"/>
        <source>%n open article(s) could not be written as recovery copies. Do not close them: copy their text somewhere safe first.</source>
        <translation>
            <numerusform>لم تُكتب أي مقالة مفتوحة نسخةَ استرجاع.</numerusform>
            <numerusform>لم تُكتب مقالة مفتوحة واحدة نسخةَ استرجاع. لا تغلقها: انسخ نصها إلى مكان آمن أولًا.</numerusform>
            <numerusform>لم تُكتب مقالتان مفتوحتان نسختَي استرجاع. لا تغلقهما: انسخ نصهما إلى مكان آمن أولًا.</numerusform>
            <numerusform>لم تُكتب %n مقالات مفتوحة نسخَ استرجاع. لا تغلقها: انسخ نصها إلى مكان آمن أولًا.</numerusform>
            <numerusform>لم تُكتب %n مقالة مفتوحة نسخَ استرجاع. لا تغلقها: انسخ نصها إلى مكان آمن أولًا.</numerusform>
            <numerusform>لم تُكتب %n مقالة مفتوحة نسخَ استرجاع. لا تغلقها: انسخ نصها إلى مكان آمن أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/crash.py" line="120"/>
        <source>Every open article was written as a recovery copy first; Newsdesk offers it back if the text is lost.</source>
        <translation>كُتبت كل المقالات المفتوحة أولًا نسخَ استرجاع؛ ويعرضها Newsdesk عليك من جديد إن ضاع النص.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="19"/>
        <source>Database check</source>
        <translation>فحص قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="20"/>
        <source>The database is in good order.</source>
        <translation>قاعدة البيانات سليمة.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="21"/>
        <source>Audit history: %1 entries, every link intact.</source>
        <translation>سجل التدقيق: عدد القيود %1، وكل حلقات سلسلته سليمة.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="22"/>
        <source>The database reports problems:</source>
        <translation>أبلغت قاعدة البيانات عن مشكلات:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="23"/>
        <source>The audit history could not be read: %1</source>
        <translation>تعذّرت قراءة سجل التدقيق: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="24"/>
        <source>Links broken after it: %1.</source>
        <translation>عدد الحلقات المكسورة بعده: %1.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="26"/>
        <source>The audit chain trigger is missing: new audit entries are not chained.</source>
        <translation>مُشغِّل سلسلة التدقيق غير موجود: القيود الجديدة لا تُربط بالسلسلة.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="29"/>
        <source>The audit chain trigger is disabled: new audit entries are not chained.</source>
        <translation>مُشغِّل سلسلة التدقيق معطَّل: القيود الجديدة لا تُربط بالسلسلة.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="34"/>
        <source>The audit history was tampered with: entry %1 (article %2, step %3) was changed after it was written.</source>
        <translation>عُبث بسجل التدقيق: القيد %1 (المقال %2، الخطوة %3) عُدِّل بعد كتابته.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="39"/>
        <source>The audit history was tampered with: entry %1 (article %2, step %3) was inserted by hand.</source>
        <translation>عُبث بسجل التدقيق: القيد %1 (المقال %2، الخطوة %3) أُدرج يدويًا.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/database_check.py" line="43"/>
        <source>The audit history was tampered with: an entry was removed just before entry %1 (article %2, step %3).</source>
        <translation>عُبث بسجل التدقيق: حُذف قيدٌ قبل القيد %1 مباشرةً (المقال %2، الخطوة %3).</translation>
    </message>
</context>
<context>
    <name>DatabaseWatch</name>
    <message>
        <location filename="../../src/newsdesk/gui/database_watch.py" line="48"/>
        <source>Newsdesk stopped saving</source>
        <translation>توقف Newsdesk عن الحفظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/database_watch.py" line="50"/>
        <source>Newsdesk can no longer write to its database safely, so it has stopped saving to it. Your unsaved text is kept as recovery copies: close Newsdesk and open it again to get it back.

Make sure no other program copies, moves or opens the database file while Newsdesk runs.</source>
        <translation>لم يعد بوسع Newsdesk الكتابة في قاعدة بياناته بأمان، فتوقف عن الحفظ فيها. نصوصك غير المحفوظة مصونة في نسخ استرجاع: أغلق Newsdesk ثم افتحه من جديد لاستعادتها.

تأكد من ألا يقوم أي برنامج آخر بنسخ ملف قاعدة البيانات أو نقله أو فتحه ما دام Newsdesk يعمل.</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="46"/>
        <source>Plain text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="111"/>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="112"/>
        <source>%1 exists. Replace it?</source>
        <translation>%1 موجود. هل تريد استبداله؟</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="135"/>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="284"/>
        <source>Export bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="141"/>
        <source>Include the ticker feeds</source>
        <translation>تضمين خلاصات الشريط الإخباري</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="144"/>
        <source>Mark the articles published once the bundle is complete</source>
        <translation>وسم المقالات منشورة بعد اكتمال الحزمة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="155"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="166"/>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="169"/>
        <source>The %n selected article(s)</source>
        <translation>
            <numerusform>المقالات المحددة (%n)</numerusform>
            <numerusform>المقالات المحددة (%n)</numerusform>
            <numerusform>المقالات المحددة (%n)</numerusform>
            <numerusform>المقالات المحددة (%n)</numerusform>
            <numerusform>المقالات المحددة (%n)</numerusform>
            <numerusform>المقالات المحددة (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="171"/>
        <source>Selected articles (none is selected)</source>
        <translation>المقالات المحددة (لا شيء محدد)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="173"/>
        <source>Articles in this status:</source>
        <translation>المقالات في هذه الحالة:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="187"/>
        <source>All desks</source>
        <translation>كل الأقسام</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="190"/>
        <source>Changed between</source>
        <translation>عُدّلت بين</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="204"/>
        <source>and</source>
        <translation>و</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="210"/>
        <source>Desk</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="215"/>
        <source>Formats</source>
        <translation>الصيغ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="229"/>
        <source>ninjs version</source>
        <translation>إصدار ninjs</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="236"/>
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="237"/>
        <source>One zip file</source>
        <translation>ملف zip واحد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="238"/>
        <source>A folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="245"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="279"/>
        <source>Export into folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="284"/>
        <source>Bundle (*.zip *.ndbundle)</source>
        <translation>حزمة (*.zip *.ndbundle)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="301"/>
        <source>Choose at least one format.</source>
        <translation>اختر صيغة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="303"/>
        <source>Choose where the bundle goes.</source>
        <translation>اختر مكان حفظ الحزمة.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="92"/>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="95"/>
        <source>%1 exists; choose a new or empty folder.</source>
        <translation>%1 موجود؛ اختر مجلدا جديدا أو فارغا.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="100"/>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 مجلد؛ أدخل اسم ملف.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_bundle.py" line="309"/>
        <source>The first date is after the second.</source>
        <translation>التاريخ الأول بعد التاريخ الثاني.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../src/newsdesk/gui/export_flow.py" line="81"/>
        <source>Export bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/export_flow.py" line="110"/>
        <source>You have no drafts to send.</source>
        <translation>ليست لديك مسودات لإرسالها.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/export_flow.py" line="128"/>
        <location filename="../../src/newsdesk/gui/export_flow.py" line="155"/>
        <source>Send to desk</source>
        <translation>إرسال إلى القسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/export_flow.py" line="144"/>
        <source>Bundle written</source>
        <translation>كُتبت الحزمة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/export_flow.py" line="146"/>
        <source>Export cancelled; nothing was written</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location filename="../../src/newsdesk/gui/exporting.py" line="140"/>
        <source>The bundle was written to %1, but no article was marked published.</source>
        <translation>كُتبت الحزمة في %1، لكن لم يُوسم أي مقال منشورا.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/exporting.py" line="180"/>
        <source>Article %1 of %2</source>
        <translation>المقال %1 من %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/exporting.py" line="185"/>
        <source>Writing the ticker feeds and the manifest…</source>
        <translation>كتابة خلاصات الشريط والبيان…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/gui/exporting.py" line="200"/>
        <source>%n headline(s) or ticker item(s) carry bidi override characters. They force the order letters are shown in, so the text can read differently on a partner&apos;s site than in the editor.</source>
        <translation>
            <numerusform>%n عنوان أو خبر شريط يحمل محارف فرض الاتجاه. هذه المحارف تفرض ترتيب عرض الحروف، فقد يُقرأ النص على موقع الشريك بشكل مختلف عما في المحرر.</numerusform>
            <numerusform>%n عنوان أو خبر شريط يحمل محارف فرض الاتجاه. هذه المحارف تفرض ترتيب عرض الحروف، فقد يُقرأ النص على موقع الشريك بشكل مختلف عما في المحرر.</numerusform>
            <numerusform>%n عنوان أو خبر شريط يحمل محارف فرض الاتجاه. هذه المحارف تفرض ترتيب عرض الحروف، فقد يُقرأ النص على موقع الشريك بشكل مختلف عما في المحرر.</numerusform>
            <numerusform>%n عنوان أو خبر شريط يحمل محارف فرض الاتجاه. هذه المحارف تفرض ترتيب عرض الحروف، فقد يُقرأ النص على موقع الشريك بشكل مختلف عما في المحرر.</numerusform>
            <numerusform>%n عنوان أو خبر شريط يحمل محارف فرض الاتجاه. هذه المحارف تفرض ترتيب عرض الحروف، فقد يُقرأ النص على موقع الشريك بشكل مختلف عما في المحرر.</numerusform>
            <numerusform>%n عنوان أو خبر شريط يحمل محارف فرض الاتجاه. هذه المحارف تفرض ترتيب عرض الحروف، فقد يُقرأ النص على موقع الشريك بشكل مختلف عما في المحرر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/gui/exporting.py" line="209"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… و%n غيرها</numerusform>
            <numerusform>… و%n غيرها</numerusform>
            <numerusform>… و%n غيرها</numerusform>
            <numerusform>… و%n غيرها</numerusform>
            <numerusform>… و%n غيرها</numerusform>
            <numerusform>… و%n غيرها</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/exporting.py" line="213"/>
        <source>Export anyway</source>
        <translation>التصدير رغم ذلك</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/exporting.py" line="235"/>
        <source>Nothing was exported.</source>
        <translation>لم يُصدَّر شيء.</translation>
    </message>
</context>
<context>
    <name>ExportSummaryDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_summary.py" line="36"/>
        <source>The bundle is complete.</source>
        <translation>اكتملت الحزمة.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_summary.py" line="42"/>
        <source>Written to</source>
        <translation>كُتبت في</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_summary.py" line="43"/>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_summary.py" line="44"/>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_summary.py" line="45"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_summary.py" line="46"/>
        <source>Bundle id</source>
        <translation>معرّف الحزمة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_summary.py" line="52"/>
        <source>Marked published</source>
        <translation>وُسمت منشورة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/export_summary.py" line="72"/>
        <source>Show in folder</source>
        <translation>عرض في المجلد</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../src/newsdesk/gui/file_dialogs.py" line="50"/>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/file_dialogs.py" line="55"/>
        <source>%1 file</source>
        <translation>ملف %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/file_dialogs.py" line="58"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="21"/>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="23"/>
        <source>Replace with</source>
        <translation>استبدال بـ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="24"/>
        <source>Ignore diacritics, tatweel and hamza</source>
        <translation>تجاهل التشكيل والتطويل والهمزة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="26"/>
        <source>Whole words</source>
        <translation>كلمات كاملة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="28"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="29"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="30"/>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="31"/>
        <source>Replace all</source>
        <translation>استبدال الكل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="81"/>
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
        <location filename="../../src/newsdesk/gui/editor/find_bar.py" line="113"/>
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
        <location filename="../../src/newsdesk/gui/findings.py" line="40"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/findings.py" line="44"/>
        <source>¶%1</source>
        <translation>¶%1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/history.py" line="48"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/history.py" line="60"/>
        <source>Restore this revision</source>
        <translation>استرجاع هذه المراجعة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/history.py" line="92"/>
        <source>Not restored</source>
        <translation>لم يُسترجع</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <location filename="../../src/newsdesk/gui/importing.py" line="79"/>
        <source>Articles and bundles (%1)</source>
        <translation>المقالات والحزم (%1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/importing.py" line="82"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/importing.py" line="87"/>
        <location filename="../../src/newsdesk/gui/importing.py" line="135"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/importing.py" line="160"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>استيراد %1 (%2 من %3)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/importing.py" line="182"/>
        <source>Importing %1…</source>
        <translation>استيراد %1…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="24"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="25"/>
        <source>Updated</source>
        <translation>حُدّث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="26"/>
        <source>Skipped</source>
        <translation>تُجوهل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="27"/>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="28"/>
        <source>Refused</source>
        <translation>رُفض</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="72"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="75"/>
        <source>%1 created, %2 updated, %3 skipped, %4 conflicts, %5 refused</source>
        <translation>%1 أُنشئ، %2 حُدّث، %3 تُجوهل، %4 تعارض، %5 رُفض</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="87"/>
        <source>Cancelled: %n file(s) were not imported.</source>
        <translation>
            <numerusform>أُلغي: لم يُستورد %n ملف.</numerusform>
            <numerusform>أُلغي: لم يُستورد %n ملف.</numerusform>
            <numerusform>أُلغي: لم يُستورد %n ملف.</numerusform>
            <numerusform>أُلغي: لم يُستورد %n ملف.</numerusform>
            <numerusform>أُلغي: لم يُستورد %n ملف.</numerusform>
            <numerusform>أُلغي: لم يُستورد %n ملف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="92"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="92"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/import_summary.py" line="92"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/newsdesk/gui/menus.py" line="15"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/menus.py" line="35"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/menus.py" line="39"/>
        <source>F&amp;ormat</source>
        <translation>&amp;تنسيق</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/menus.py" line="55"/>
        <source>&amp;Insert</source>
        <translation>إ&amp;دراج</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/menus.py" line="58"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/menus.py" line="103"/>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="240"/>
        <source>Cannot open</source>
        <translation>تعذر الفتح</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/unsaved.py" line="23"/>
        <source>Unsaved changes</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/unsaved.py" line="24"/>
        <source>Save the changes to “%1”?</source>
        <translation>هل تحفظ التعديلات على «%1»؟</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/unsaved.py" line="18"/>
        <source>New article</source>
        <translation>مقال جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/submitting.py" line="26"/>
        <source>Not submitted</source>
        <translation>لم يُرسل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/mainwindow.py" line="304"/>
        <source>Submitted to the desk</source>
        <translation>أُرسل إلى القسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/commands.py" line="164"/>
        <source>Select the words to link first</source>
        <translation>حدد الكلمات المراد ربطها أولا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/commands.py" line="169"/>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/commands.py" line="170"/>
        <source>Address (https://…)</source>
        <translation>العنوان (https://…)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/status_line.py" line="21"/>
        <source>%1 · version %2</source>
        <translation>%1 · النسخة %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/status_line.py" line="19"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/status_line.py" line="32"/>
        <source>%1 words · %2 min</source>
        <translation>%1 كلمة · %2 د</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/front_article.py" line="97"/>
        <source>House style (%1)</source>
        <translation>أسلوب التحرير (%1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/proof.py" line="25"/>
        <source>Save the article before printing a proof</source>
        <translation>احفظ المقال قبل طباعة البروفة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/proof.py" line="30"/>
        <source>Print proof</source>
        <translation>طباعة بروفة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/proof.py" line="39"/>
        <source>No proof</source>
        <translation>لا بروفة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/proof.py" line="42"/>
        <source>Proof written: %1</source>
        <translation>كُتبت البروفة: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/frame.py" line="28"/>
        <source>Newsdesk</source>
        <translation>نيوزديسك</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/frame.py" line="38"/>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/frame.py" line="41"/>
        <source>House style</source>
        <translation>أسلوب التحرير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/frame.py" line="44"/>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/frame.py" line="47"/>
        <source>Desk queue</source>
        <translation>طابور القسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/frame.py" line="52"/>
        <source>Ticker</source>
        <translation>الشريط</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="39"/>
        <source>Search (Arabic-aware)…</source>
        <translation>بحث (يفهم العربية)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="41"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="44"/>
        <source>Mine</source>
        <translation>مقالاتي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="47"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="47"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/navigator.py" line="47"/>
        <source>Updated</source>
        <translation>آخر تعديل</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/newsdesk/gui/editor/notes.py" line="32"/>
        <source>Write a note for the desk…</source>
        <translation>اكتب ملاحظة للقسم…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/editor/notes.py" line="33"/>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="42"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="44"/>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="55"/>
        <source>Newsdesk default (Noto Sans Arabic)</source>
        <translation>خط نيوزديسك الافتراضي (Noto Sans Arabic)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="56"/>
        <source>The font chosen below</source>
        <translation>الخط المختار أدناه</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="62"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="63"/>
        <source>The interface language applies from the next start.</source>
        <translation>تُطبق لغة الواجهة عند التشغيل القادم.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="64"/>
        <source>Editor font</source>
        <translation>خط المحرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/preferences.py" line="66"/>
        <source>Editor font size</source>
        <translation>حجم خط المحرر</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="48"/>
        <source>Desktop</source>
        <translation>حاسوب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="49"/>
        <source>Phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="50"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="56"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/preview/pane.py" line="56"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="40"/>
        <source>Urgency</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="41"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="42"/>
        <source>Desk</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="43"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="44"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="45"/>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="46"/>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="47"/>
        <source>Style errors</source>
        <translation>أخطاء الأسلوب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="48"/>
        <source>Held by</source>
        <translation>بحوزة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/model.py" line="53"/>
        <source>An imported copy differs from this one; it is kept in the history as a conflict</source>
        <translation>نسخة مستوردة تختلف عن هذه النسخة؛ وهي محفوظة في السجل كنسخة متعارضة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="34"/>
        <source>Incoming</source>
        <translation>الوارد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="35"/>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="36"/>
        <source>Returned</source>
        <translation>معاد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="37"/>
        <source>Approved</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="38"/>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="39"/>
        <source>Spiked</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="42"/>
        <source>Claim</source>
        <translation>تولي المراجعة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="43"/>
        <source>Approve</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="44"/>
        <source>Return…</source>
        <translation>إعادة…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="45"/>
        <source>Mark published</source>
        <translation>تعليم كمنشور</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="46"/>
        <source>Spike…</source>
        <translation>إلغاء…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="47"/>
        <source>Restore</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="72"/>
        <source>In review: only what I hold</source>
        <translation>قيد المراجعة: ما بحوزتي فقط</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="76"/>
        <source>Search this tab (Arabic-aware)…</source>
        <translation>ابحث في هذا التبويب (يفهم العربية)…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="104"/>
        <source>Break lease…</source>
        <translation>كسر الحجز…</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="171"/>
        <source>Break lease</source>
        <translation>كسر الحجز</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="172"/>
        <source>Take the article away from whoever is editing it?</source>
        <translation>هل تسحب المقال ممن يحرره الآن؟</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="188"/>
        <source>Note for the author</source>
        <translation>ملاحظة للكاتب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="188"/>
        <source>Why spike it?</source>
        <translation>لماذا الإلغاء؟</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="190"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/queue/view.py" line="201"/>
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../src/newsdesk/gui/labels.py" line="19"/>
        <source>editor</source>
        <translation>محرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/labels.py" line="20"/>
        <source>chief</source>
        <translation>رئيس قسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/labels.py" line="21"/>
        <source>admin</source>
        <translation>مسؤول</translation>
    </message>
</context>
<context>
    <name>SendToDeskDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="55"/>
        <source>Send to desk</source>
        <translation>إرسال إلى القسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="58"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="58"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="58"/>
        <source>Changed</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="74"/>
        <source>(no headline)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="77"/>
        <source>%1 · %n word(s)</source>
        <translation>
            <numerusform>%1 · %n كلمة</numerusform>
            <numerusform>%1 · %n كلمة</numerusform>
            <numerusform>%1 · %n كلمة</numerusform>
            <numerusform>%1 · %n كلمة</numerusform>
            <numerusform>%1 · %n كلمة</numerusform>
            <numerusform>%1 · %n كلمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="78"/>
        <source>no desk</source>
        <translation>بلا قسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="89"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="97"/>
        <source>Write bundle</source>
        <translation>كتابة الحزمة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="103"/>
        <source>Your drafts to send in one submission bundle:</source>
        <translation>مسوداتك المراد إرسالها في حزمة تقديم واحدة:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="105"/>
        <source>Bundle file</source>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="114"/>
        <source>Submission bundle</source>
        <translation>حزمة التقديم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="116"/>
        <source>Bundle (*.zip *.ndbundle)</source>
        <translation>حزمة (*.zip *.ndbundle)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="153"/>
        <source>Tick at least one draft.</source>
        <translation>حدد مسودة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/send_to_desk.py" line="155"/>
        <source>Choose where the bundle goes.</source>
        <translation>اختر مكان حفظ الحزمة.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/newsdesk/gui/startup.py" line="42"/>
        <source>This version of Newsdesk cannot import files given at start-up</source>
        <translation>لا يستطيع هذا الإصدار من نيوزديسك استيراد الملفات المحددة عند بدء التشغيل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/startup.py" line="71"/>
        <source>(no headline)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/startup.py" line="81"/>
        <source>Recover unsaved work</source>
        <translation>استرجاع عمل غير محفوظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/startup.py" line="82"/>
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
        <location filename="../../src/newsdesk/gui/labels.py" line="10"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/labels.py" line="11"/>
        <source>Submitted</source>
        <translation>مرسل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/labels.py" line="12"/>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/labels.py" line="13"/>
        <source>Approved</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/labels.py" line="14"/>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/labels.py" line="15"/>
        <source>Returned</source>
        <translation>معاد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/labels.py" line="16"/>
        <source>Spiked</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>TickerDesk</name>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="110"/>
        <source>New ticker item…</source>
        <translation>خبر جديد في الشريط…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="111"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="112"/>
        <source>Breaking</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="120"/>
        <source>Set expiry</source>
        <translation>تحديد الانتهاء</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="121"/>
        <source>Approve for air</source>
        <translation>اعتماد للبث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="122"/>
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="123"/>
        <source>Renew</source>
        <translation>تجديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="132"/>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="283"/>
        <source>Ticker</source>
        <translation>الشريط</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="261"/>
        <source>Not added</source>
        <translation>لم يُضف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="300"/>
        <source>Width: %1% of the on-air window</source>
        <translation>العرض: %1% من نافذة البث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/ticker/desk.py" line="311"/>
        <source>Not changed</source>
        <translation>لم يُعدل</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/welcome.py" line="23"/>
        <source>Welcome to Newsdesk</source>
        <translation>مرحبا بك في نيوزديسك</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/welcome.py" line="26"/>
        <source>You are signed in as %1 with the %2 role. You can add colleagues later with “newsdesk user add”.</source>
        <translation>أنت مسجل باسم %1 بدور %2. يمكنك إضافة زملائك لاحقا بالأمر «newsdesk user add».</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/welcome.py" line="35"/>
        <source>Load sample articles in Arabic, French and English</source>
        <translation>تحميل مقالات نموذجية بالعربية والفرنسية والإنجليزية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/gui/dialogs/welcome.py" line="39"/>
        <source>Your name as shown to colleagues</source>
        <translation>اسمك كما يظهر لزملائك</translation>
    </message>
</context>
</TS>
