<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New article</source>
        <translation>مقال &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>ا&amp;ستبدال…</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;عريض</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;مائل</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;رابط…</translation>
    </message>
    <message>
        <source>Paste as plain text</source>
        <translation>لصق كنص عادي</translation>
    </message>
    <message>
        <source>Paragraph right-to-left</source>
        <translation>الفقرة من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Paragraph left-to-right</source>
        <translation>الفقرة من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>Paragraph direction automatic</source>
        <translation>اتجاه الفقرة تلقائي</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>عنوان فرعي</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <source>Su&amp;bmit to desk</source>
        <translation>&amp;تقديم إلى القسم</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>ال&amp;سجل…</translation>
    </message>
    <message>
        <source>&amp;Print proof…</source>
        <translation>&amp;طباعة بروفة…</translation>
    </message>
    <message>
        <source>Save proof as P&amp;DF…</source>
        <translation>حفظ البروفة بصيغة P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Right-to-left mark (RLM)</source>
        <translation>علامة من اليمين إلى اليسار (RLM)</translation>
    </message>
    <message>
        <source>Left-to-right mark (LRM)</source>
        <translation>علامة من اليسار إلى اليمين (LRM)</translation>
    </message>
    <message>
        <source>Arabic comma ،</source>
        <translation>فاصلة عربية ،</translation>
    </message>
    <message>
        <source>Guillemets « »</source>
        <translation>علامتا تنصيص « »</translation>
    </message>
    <message>
        <source>Non-breaking space</source>
        <translation>مسافة غير منكسرة</translation>
    </message>
    <message>
        <source>&amp;Picture…</source>
        <translation>&amp;صورة…</translation>
    </message>
    <message>
        <source>Show invisible characters</source>
        <translation>إظهار المحارف غير المرئية</translation>
    </message>
    <message>
        <source>Check &amp;spelling</source>
        <translation>تدقيق الإ&amp;ملاء</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;تصدير حزمة…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>Sen&amp;d to desk…</source>
        <translation>إرسال &amp;حزمة إلى القسم…</translation>
    </message>
    <message>
        <source>Check the &amp;database…</source>
        <translation>&amp;فحص قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ل&amp;صق</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير النص</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير النص</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>الحجم ال&amp;عادي</translation>
    </message>
    <message>
        <source>Ne&amp;xt pane</source>
        <translation>الل&amp;وحة التالية</translation>
    </message>
    <message>
        <source>Pre&amp;vious pane</source>
        <translation>اللوحة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>Next article &amp;tab</source>
        <translation>&amp;تبويب المقال التالي</translation>
    </message>
    <message>
        <source>Previous article t&amp;ab</source>
        <translation>تبويب المقال ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>New article</source>
        <translation>مقال جديد</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>Recovered text from %1 that had not been saved.</source>
        <translation>نص مسترجع من %1 لم يكن قد حُفظ.</translation>
    </message>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation>تعذرت كتابة نسخة الاسترجاع: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>%1 saved over changes by %2 (version %3): %4. Their text stays in the history.</source>
        <translation>حفظ %1 نصه فوق تعديلات %2 (النسخة %3): %4. يبقى نصهم في السجل.</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>أعاده %1: %2</translation>
    </message>
    <message>
        <source>Held by %1 since %2: read only.</source>
        <translation>بحوزة %1 منذ %2: للقراءة فقط.</translation>
    </message>
    <message>
        <source>This article is spiked; restore it to edit.</source>
        <translation>هذا المقال ملغى؛ استرجعه لتعديله.</translation>
    </message>
    <message>
        <source>Read only: this article is %1 and your role may not change it.</source>
        <translation>للقراءة فقط: حالة هذا المقال %1 ودورك لا يسمح بتعديله.</translation>
    </message>
</context>
<context>
    <name>ArticleFields</name>
    <message>
        <source>Fold the fields to one line</source>
        <translation>اطوِ الحقول في سطر واحد</translation>
    </message>
    <message>
        <source>Show every field</source>
        <translation>أظهر كل الحقول</translation>
    </message>
    <message>
        <source>Breaking</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>حظر النشر حتى</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>مكان الخبر</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>العنوان الصغير</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>المقدمة</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
</context>
<context>
    <name>BodyEdit</name>
    <message>
        <source>Nothing was pasted: the text is larger than %1 MB, the most one article may hold.</source>
        <translation>لم يُلصق شيء: النص أكبر من %1 ميغابايت، وهو أقصى ما يتسع له مقال واحد.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>تصحيح: %1</translation>
    </message>
</context>
<context>
    <name>BodyKeys</name>
    <message>
        <source>The text takes no tab characters: F6 or Esc moves to the next pane.</source>
        <translation>لا يقبل النص محارف الجدولة: F6 أو Esc ينقلك إلى اللوحة التالية.</translation>
    </message>
</context>
<context>
    <name>ChangeLabels</name>
    <message>
        <source>New paragraph after paragraph %1</source>
        <translation>فقرة جديدة بعد الفقرة %1</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>الفقرة %1</translation>
    </message>
    <message>
        <source>Paragraphs %1–%2</source>
        <translation>الفقرات %1–%2</translation>
    </message>
</context>
<context>
    <name>ComparisonLegend</name>
    <message>
        <source>Key:</source>
        <translation>المفتاح:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved this article</source>
        <translation>حفظ شخص آخر هذا المقال</translation>
    </message>
    <message>
        <source>%1 saved a newer version while you were editing. Below, struck-through text is theirs only and underlined text is yours only. Tick the changes of yours to keep; unticked ones keep their text. Your text is kept as a revision whatever you choose.</source>
        <translation>حفظ %1 نسخة أحدث بينما كنت تحرر. في ما يلي، النص المشطوب موجود في نسختهم فقط، والنص المسطر في نسختك فقط. حدد تعديلاتك التي تريد إبقاءها؛ أما غير المحددة فيبقى فيها نصهم. يُحفظ نصك كمراجعة مهما كان اختيارك.</translation>
    </message>
    <message>
        <source>Theirs only</source>
        <translation>في نسختهم فقط</translation>
    </message>
    <message>
        <source>Yours only</source>
        <translation>في نسختك فقط</translation>
    </message>
    <message>
        <source>&amp;Save with the ticked changes</source>
        <translation>&amp;حفظ مع التعديلات المحددة</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;أخذ نسختهم</translation>
    </message>
    <message>
        <source>My changes to keep</source>
        <translation>تعديلاتي التي أبقيها</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Newsdesk: unexpected error</source>
        <translation>Newsdesk: خطأ غير متوقع</translation>
    </message>
    <message>
        <source>Something went wrong inside Newsdesk. Newsdesk keeps running, but save your work and restart it if anything looks wrong.</source>
        <translation>حدث خطأ داخل Newsdesk. يواصل Newsdesk العمل، لكن احفظ عملك وأعد تشغيله إن بدا لك أي شيء غير سليم.</translation>
    </message>
    <message>
        <source>Please report this error with the details below (the error, the Newsdesk version and the platform). The log file is:</source>
        <translation>يرجى الإبلاغ عن هذا الخطأ مع التفاصيل أدناه (الخطأ، وإصدار Newsdesk، والنظام). ملف السجل هو:</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message numerus="yes">
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
        <source>Every open article was written as a recovery copy first; Newsdesk offers it back if the text is lost.</source>
        <translation>كُتبت كل المقالات المفتوحة أولًا نسخَ استرجاع؛ ويعرضها Newsdesk عليك من جديد إن ضاع النص.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>Database check</source>
        <translation>فحص قاعدة البيانات</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>قاعدة البيانات سليمة.</translation>
    </message>
    <message>
        <source>Audit history: %1 entries, every link intact.</source>
        <translation>سجل التدقيق: عدد القيود %1، وكل حلقات سلسلته سليمة.</translation>
    </message>
    <message>
        <source>The database reports problems:</source>
        <translation>أبلغت قاعدة البيانات عن مشكلات:</translation>
    </message>
    <message>
        <source>The audit history could not be read: %1</source>
        <translation>تعذّرت قراءة سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>Links broken after it: %1.</source>
        <translation>عدد الحلقات المكسورة بعده: %1.</translation>
    </message>
    <message>
        <source>The audit chain trigger is missing: new audit entries are not chained.</source>
        <translation>مُشغِّل سلسلة التدقيق غير موجود: القيود الجديدة لا تُربط بالسلسلة.</translation>
    </message>
    <message>
        <source>The audit chain trigger is disabled: new audit entries are not chained.</source>
        <translation>مُشغِّل سلسلة التدقيق معطَّل: القيود الجديدة لا تُربط بالسلسلة.</translation>
    </message>
    <message>
        <source>The audit history was tampered with: entry %1 (article %2, step %3) was changed after it was written.</source>
        <translation>عُبث بسجل التدقيق: القيد %1 (المقال %2، الخطوة %3) عُدِّل بعد كتابته.</translation>
    </message>
    <message>
        <source>The audit history was tampered with: entry %1 (article %2, step %3) was inserted by hand.</source>
        <translation>عُبث بسجل التدقيق: القيد %1 (المقال %2، الخطوة %3) أُدرج يدويًا.</translation>
    </message>
    <message>
        <source>The audit history was tampered with: an entry was removed just before entry %1 (article %2, step %3).</source>
        <translation>عُبث بسجل التدقيق: حُذف قيدٌ قبل القيد %1 مباشرةً (المقال %2، الخطوة %3).</translation>
    </message>
    <message>
        <source>Checking the database file…</source>
        <translation>جارٍ فحص ملف قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Checking the audit history…</source>
        <translation>جارٍ فحص سجل التدقيق…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The database could not be checked: %1</source>
        <translation>تعذّر فحص قاعدة البيانات: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseWatch</name>
    <message>
        <source>Newsdesk stopped saving</source>
        <translation>توقف Newsdesk عن الحفظ</translation>
    </message>
    <message>
        <source>Newsdesk can no longer write to its database safely, so it has stopped saving to it. Your unsaved text is kept as recovery copies: close Newsdesk and open it again to get it back.

Make sure no other program copies, moves or opens the database file while Newsdesk runs.</source>
        <translation>لم يعد بوسع Newsdesk الكتابة في قاعدة بياناته بأمان، فتوقف عن الحفظ فيها. نصوصك غير المحفوظة مصونة في نسخ استرجاع: أغلق Newsdesk ثم افتحه من جديد لاستعادتها.

تأكد من ألا يقوم أي برنامج آخر بنسخ ملف قاعدة البيانات أو نقله أو فتحه ما دام Newsdesk يعمل.</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>The open article: %1</source>
        <translation>المقال المفتوح: %1</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 موجود. هل تريد استبداله؟</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>Include the ticker feeds</source>
        <translation>تضمين خلاصات الشريط الإخباري</translation>
    </message>
    <message>
        <source>Mark the articles published once the bundle is complete</source>
        <translation>وسم المقالات منشورة بعد اكتمال الحزمة</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message numerus="yes">
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
        <source>Selected articles (none is selected)</source>
        <translation>المقالات المحددة (لا شيء محدد)</translation>
    </message>
    <message>
        <source>Articles in this status:</source>
        <translation>المقالات في هذه الحالة:</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>كل الأقسام</translation>
    </message>
    <message>
        <source>Changed between</source>
        <translation>عُدّلت بين</translation>
    </message>
    <message>
        <source>and</source>
        <translation>و</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>الصيغ</translation>
    </message>
    <message>
        <source>ninjs version</source>
        <translation>إصدار ninjs</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>One zip file</source>
        <translation>ملف zip واحد</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>Bundle (*.zip *.ndbundle)</source>
        <translation>حزمة (*.zip *.ndbundle)</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>اختر صيغة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Choose where the bundle goes.</source>
        <translation>اختر مكان حفظ الحزمة.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 exists; choose a new or empty folder.</source>
        <translation>%1 موجود؛ اختر مجلدا جديدا أو فارغا.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 مجلد؛ أدخل اسم ملف.</translation>
    </message>
    <message>
        <source>The first date is after the second.</source>
        <translation>التاريخ الأول بعد التاريخ الثاني.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>You have no drafts to send.</source>
        <translation>ليست لديك مسودات لإرسالها.</translation>
    </message>
    <message>
        <source>Send to desk</source>
        <translation>إرسال إلى القسم</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>كُتبت الحزمة</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>The bundle was written to %1, but no article was marked published.</source>
        <translation>كُتبت الحزمة في %1، لكن لم يُوسم أي مقال منشورا.</translation>
    </message>
    <message>
        <source>Article %1 of %2</source>
        <translation>المقال %1 من %2</translation>
    </message>
    <message>
        <source>Writing the ticker feeds and the manifest…</source>
        <translation>كتابة خلاصات الشريط والبيان…</translation>
    </message>
    <message numerus="yes">
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
        <source>Export anyway</source>
        <translation>التصدير رغم ذلك</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>لم يُصدَّر شيء.</translation>
    </message>
</context>
<context>
    <name>ExportSummaryDialog</name>
    <message>
        <source>The bundle is complete.</source>
        <translation>اكتملت الحزمة.</translation>
    </message>
    <message>
        <source>Written to</source>
        <translation>كُتبت في</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>معرّف الحزمة</translation>
    </message>
    <message>
        <source>Marked published</source>
        <translation>وُسمت منشورة</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>عرض في المجلد</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>ملف %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>استبدال بـ</translation>
    </message>
    <message>
        <source>Ignore diacritics, tatweel and hamza</source>
        <translation>تجاهل التشكيل والتطويل والهمزة</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>كلمات كاملة</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>استبدال الكل</translation>
    </message>
    <message numerus="yes">
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
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>¶%1</source>
        <translation>¶%1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>لم يُسترجع</translation>
    </message>
    <message>
        <source>claimed in %1&apos;s bundle: %2 by %3 (%4)</source>
        <translation>تدّعي حزمة %1: %2 بقلم %3 (%4)</translation>
    </message>
    <message>
        <source>Side &amp;by side</source>
        <translation>جنبًا إلى جنب (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore this revision</source>
        <translation>ا&amp;سترجاع هذه المراجعة</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>قارن</translation>
    </message>
    <message>
        <source>with</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>مضاف</translation>
    </message>
    <message>
        <source>claimed in %1&apos;s bundle: %2 by %3</source>
        <translation>تدّعي حزمة %1: %2 بقلم %3</translation>
    </message>
    <message>
        <source>Revision %1 · %2</source>
        <translation>المراجعة %1 · %2</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Articles and bundles (%1)</source>
        <translation>المقالات والحزم (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>استيراد %1 (%2 من %3)…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>استيراد %1…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Pictures left out: %1</source>
        <translation>صور لم تُستورد: %1</translation>
    </message>
    <message>
        <source>Pictures on the web, not fetched (left out): %1</source>
        <translation>صور على الويب لم تُجلب (لم تُستورد): %1</translation>
    </message>
    <message>
        <source>Pictures not found beside the file (left out): %1</source>
        <translation>صور غير موجودة بجانب الملف (لم تُستورد): %1</translation>
    </message>
    <message>
        <source>Pictures that are not JPEG, PNG, GIF or WebP (left out): %1</source>
        <translation>صور ليست بصيغة JPEG أو PNG أو GIF أو WebP (لم تُستورد): %1</translation>
    </message>
    <message>
        <source>Pictures too large (left out): %1</source>
        <translation>صور كبيرة جدا (لم تُستورد): %1</translation>
    </message>
    <message>
        <source>Notes left out: %1</source>
        <translation>حواشٍ لم تُستورد: %1</translation>
    </message>
    <message>
        <source>Comments left out: %1</source>
        <translation>تعليقات لم تُستورد: %1</translation>
    </message>
    <message>
        <source>Objects left out: %1</source>
        <translation>عناصر مضمَّنة لم تُستورد: %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>حُدّث</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تُجوهل</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>رُفض</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 skipped, %4 conflicts, %5 refused</source>
        <translation>%1 أُنشئ، %2 حُدّث، %3 تُجوهل، %4 تعارض، %5 رُفض</translation>
    </message>
    <message numerus="yes">
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
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>LiveArticles</name>
    <message>
        <source>What changed since version %1, the one you are editing.</source>
        <translation>ما تغيّر منذ النسخة %1، وهي التي تحرّرها.</translation>
    </message>
    <message>
        <source>%2 took “%1” to edit it.</source>
        <translation>تولّى %2 مراجعة «%1».</translation>
    </message>
    <message>
        <source>%2 returned “%1” to you.</source>
        <translation>أعاد %2 إليك «%1».</translation>
    </message>
    <message>
        <source>%2 approved “%1”.</source>
        <translation>وافق %2 على «%1».</translation>
    </message>
    <message>
        <source>%2 spiked “%1”.</source>
        <translation>ألغى %2 «%1».</translation>
    </message>
    <message>
        <source>“%1” arrived as a submission.</source>
        <translation>وصل «%1» مقترحًا للنشر.</translation>
    </message>
    <message>
        <source>%2 saved over some of your changes to “%1”; the notes say which.</source>
        <translation>حفظ %2 نصه فوق بعض تغييراتك في «%1»؛ الملاحظات تبيّن أيّها.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to the newsroom</source>
        <translation>تسجيل الدخول إلى غرفة الأخبار</translation>
    </message>
    <message>
        <source>The newsroom&apos;s server asks for your password.</source>
        <translation>يطلب خادم غرفة الأخبار كلمة مرورك.</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>تذكّرها في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer, so nothing is kept.</source>
        <translation>لا تتوفر سلسلة مفاتيح للنظام على هذا الحاسوب، فلن يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Log in as</source>
        <translation>الدخول باسم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>اكتب كلمة مرورك.</translation>
    </message>
    <message>
        <source>Wrong password for %1. Try again.</source>
        <translation>كلمة المرور غير صحيحة لـ %1. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The password kept in the system keyring was refused.</source>
        <translation>رُفضت كلمة المرور المحفوظة في سلسلة مفاتيح النظام.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Words in the headline and the body; reading time of both</source>
        <translation>كلمات العنوان والمتن؛ ومدة قراءتهما</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;تنسيق</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>إ&amp;دراج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>تعذر الفتح</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>هل تحفظ التعديلات على «%1»؟</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>مقال جديد</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>لم يُرسل</translation>
    </message>
    <message>
        <source>Submitted to the desk</source>
        <translation>أُرسل إلى القسم</translation>
    </message>
    <message>
        <source>Select the words to link first</source>
        <translation>حدد الكلمات المراد ربطها أولا</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>العنوان (https://…)</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · النسخة %2</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>%1 words · %2 min</source>
        <translation>%1 كلمة · %2 د</translation>
    </message>
    <message>
        <source>RTL</source>
        <comment>right to left</comment>
        <translation>من اليمين</translation>
    </message>
    <message>
        <source>LTR</source>
        <comment>left to right</comment>
        <translation>من اليسار</translation>
    </message>
    <message>
        <source>House style (%1)</source>
        <translation>أسلوب التحرير (%1)</translation>
    </message>
    <message>
        <source>Save the article before printing a proof</source>
        <translation>احفظ المقال قبل طباعة البروفة</translation>
    </message>
    <message>
        <source>Print proof</source>
        <translation>طباعة بروفة</translation>
    </message>
    <message>
        <source>Save proof as PDF</source>
        <translation>حفظ البروفة بصيغة PDF</translation>
    </message>
    <message>
        <source>No proof</source>
        <translation>لا بروفة</translation>
    </message>
    <message>
        <source>Proof written: %1</source>
        <translation>كُتبت البروفة: %1</translation>
    </message>
    <message>
        <source>Newsdesk</source>
        <translation>نيوزديسك</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>House style</source>
        <translation>أسلوب التحرير</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
    <message>
        <source>Desk queue</source>
        <translation>طابور القسم</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>الشريط</translation>
    </message>
    <message>
        <source>Text size: %1 pt from normal</source>
        <translation>حجم النص: %1 نقطة عن العادي</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Search (Arabic-aware)…</source>
        <translation>بحث (يفهم العربية)…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>مقالاتي</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تعديل</translation>
    </message>
</context>
<context>
    <name>NewsroomForm</name>
    <message>
        <source>Narrow no-break space (1 234)</source>
        <translation>مسافة ضيقة غير فاصلة (1 234)</translation>
    </message>
    <message>
        <source>No-break space (1 234)</source>
        <translation>مسافة غير فاصلة (1 234)</translation>
    </message>
    <message>
        <source>Comma (1,234)</source>
        <translation>فاصلة (1,234)</translation>
    </message>
    <message>
        <source>Full stop (1.234)</source>
        <translation>نقطة (1.234)</translation>
    </message>
    <message>
        <source>Arabic thousands separator (1٬234)</source>
        <translation>فاصل الآلاف العربي (1٬234)</translation>
    </message>
    <message>
        <source>None (1234)</source>
        <translation>بلا فاصل (1234)</translation>
    </message>
    <message>
        <source>Western (0123)</source>
        <translation>غربية (0123)</translation>
    </message>
    <message>
        <source>Eastern Arabic (٠١٢٣)</source>
        <translation>عربية مشرقية (٠١٢٣)</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> حرفا</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>One word a line, as the newsroom writes it</source>
        <translation>كلمة في كل سطر، كما تكتبها غرفة الأخبار</translation>
    </message>
    <message>
        <source>Only an administrator may change these settings.</source>
        <translation>لا يغير هذه الإعدادات إلا المدير.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Digit groups</source>
        <translation>تجميع الأرقام</translation>
    </message>
    <message>
        <source>Headline limit</source>
        <translation>حد العنوان</translation>
    </message>
    <message>
        <source>Edit lease</source>
        <translation>مدة حجز التحرير</translation>
    </message>
    <message>
        <source>Ticker item limit</source>
        <translation>حد خبر الشريط</translation>
    </message>
    <message>
        <source>Default ticker channel</source>
        <translation>قناة الشريط الافتراضية</translation>
    </message>
    <message>
        <source>Ticker item lifetime</source>
        <translation>مدة بقاء خبر الشريط</translation>
    </message>
    <message>
        <source>Breaking item lifetime</source>
        <translation>مدة بقاء الخبر العاجل</translation>
    </message>
    <message>
        <source>House-style rules that apply</source>
        <translation>قواعد أسلوب التحرير المطبقة</translation>
    </message>
    <message>
        <source>House spellings</source>
        <translation>الإملاء المعتمد</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Write a note for the desk…</source>
        <translation>اكتب ملاحظة للقسم…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>استُورد من %1</translation>
    </message>
</context>
<context>
    <name>PicturePropertiesDialog</name>
    <message>
        <source>Picture properties</source>
        <translation>خصائص الصورة</translation>
    </message>
    <message>
        <source>Alt text describes the picture for readers who cannot see it.</source>
        <translation>يصف النص البديل الصورة للقراء الذين لا يستطيعون رؤيتها.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>النص البديل</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>Insert picture</source>
        <translation>إدراج صورة</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Picture properties…</source>
        <translation>خصائص الصورة…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>حذف الصورة</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>لم يُضف:</translation>
    </message>
    <message>
        <source>%1 is the Newsdesk database in use, not a picture.</source>
        <translation>%1 هو قاعدة بيانات Newsdesk المستعملة حاليا، وليس صورة.</translation>
    </message>
    <message>
        <source>the pasted picture</source>
        <translation>الصورة الملصقة</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most one picture may take.</source>
        <translation>%1 أكبر من %2 ميغابايت، وهو أقصى حجم للصورة الواحدة.</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG, GIF or WebP picture, or it is damaged.</source>
        <translation>%1 ليس صورة JPEG أو PNG أو GIF أو WebP، أو أنه تالف.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تعذرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>The media folder cannot take the picture: %1</source>
        <translation>تعذر حفظ الصورة في مجلد الوسائط: %1</translation>
    </message>
    <message>
        <source>Caption…</source>
        <translation>التعليق…</translation>
    </message>
    <message>
        <source>Credit…</source>
        <translation>المصدر…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Check spelling as I type</source>
        <translation>تدقيق الإملاء أثناء الكتابة</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>هذا المكتب</translation>
    </message>
    <message>
        <source>Newsroom</source>
        <translation>غرفة الأخبار</translation>
    </message>
    <message>
        <source>House style</source>
        <translation>أسلوب التحرير</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Newsdesk default (Noto Sans Arabic)</source>
        <translation>خط نيوزديسك الافتراضي (Noto Sans Arabic)</translation>
    </message>
    <message>
        <source>The font chosen below</source>
        <translation>الخط المختار أدناه</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>The interface language applies from the next start.</source>
        <translation>تُطبق لغة الواجهة عند التشغيل القادم.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>خط المحرر</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>حجم خط المحرر</translation>
    </message>
    <message>
        <source>Articles opened from now on; View menu: this article.</source>
        <translation>للمقالات التي تُفتح من الآن؛ قائمة العرض: لهذا المقال.</translation>
    </message>
    <message>
        <source>Preferences not saved</source>
        <translation>لم تحفظ التفضيلات</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Desktop</source>
        <translation>حاسوب</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Words in the headline and the body</source>
        <translation>كلمات العنوان والمتن</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>Style errors</source>
        <translation>أخطاء الأسلوب</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>الإملاء</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>بحوزة</translation>
    </message>
    <message>
        <source>An imported copy differs from this one; it is kept in the history as a conflict</source>
        <translation>نسخة مستوردة تختلف عن هذه النسخة؛ وهي محفوظة في السجل كنسخة متعارضة</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>الوارد</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>معاد</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>تولي المراجعة</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>إعادة…</translation>
    </message>
    <message>
        <source>Mark published</source>
        <translation>تعليم كمنشور</translation>
    </message>
    <message>
        <source>Spike…</source>
        <translation>إلغاء…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>In review: only what I hold</source>
        <translation>قيد المراجعة: ما بحوزتي فقط</translation>
    </message>
    <message>
        <source>Search this tab (Arabic-aware)…</source>
        <translation>ابحث في هذا التبويب (يفهم العربية)…</translation>
    </message>
    <message>
        <source>Break lease…</source>
        <translation>كسر الحجز…</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Nothing was done: the text was changed after version %1, the one shown (now version %2, saved by %3). Here is what changed.</source>
        <translation>لم يُنفَّذ شيء: تغيّر النص بعد النسخة %1 المعروضة (النسخة الآن %2، حفظها %3). إليك ما تغيّر.</translation>
    </message>
    <message>
        <source>Break lease</source>
        <translation>كسر الحجز</translation>
    </message>
    <message>
        <source>Take the article away from whoever is editing it?</source>
        <translation>هل تسحب المقال ممن يحرره الآن؟</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
</context>
<context>
    <name>Restart</name>
    <message>
        <source>Language changed</source>
        <translation>تغيرت اللغة</translation>
    </message>
    <message>
        <source>The new interface language applies when Newsdesk starts again.</source>
        <translation>تطبق لغة الواجهة الجديدة عند إعادة تشغيل Newsdesk.</translation>
    </message>
    <message>
        <source>Restart Newsdesk now?</source>
        <translation>هل تعيد تشغيل Newsdesk الآن؟</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>أعد التشغيل الآن</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقا</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>editor</source>
        <translation>محرر</translation>
    </message>
    <message>
        <source>chief</source>
        <translation>رئيس قسم</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>مسؤول</translation>
    </message>
</context>
<context>
    <name>SendToDeskDialog</name>
    <message>
        <source>Send to desk</source>
        <translation>إرسال إلى القسم</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message numerus="yes">
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
        <source>no desk</source>
        <translation>بلا قسم</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Write bundle</source>
        <translation>كتابة الحزمة</translation>
    </message>
    <message>
        <source>Your drafts to send in one submission bundle:</source>
        <translation>مسوداتك المراد إرسالها في حزمة تقديم واحدة:</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <source>Submission bundle</source>
        <translation>حزمة التقديم</translation>
    </message>
    <message>
        <source>Bundle (*.zip *.ndbundle)</source>
        <translation>حزمة (*.zip *.ndbundle)</translation>
    </message>
    <message>
        <source>Tick at least one draft.</source>
        <translation>حدد مسودة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Choose where the bundle goes.</source>
        <translation>اختر مكان حفظ الحزمة.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Leave the article text for the next pane</source>
        <translation>مغادرة نص المقال إلى اللوحة التالية</translation>
    </message>
    <message>
        <source>Next field, list or button (never inside the text)</source>
        <translation>الحقل أو القائمة أو الزر التالي (لا داخل النص)</translation>
    </message>
    <message>
        <source>In the search box: open the first article found</source>
        <translation>في مربع البحث: فتح أول مقال يُعثر عليه</translation>
    </message>
    <message>
        <source>In the ticker: move the item up</source>
        <translation>في الشريط: رفع العنصر</translation>
    </message>
    <message>
        <source>In the ticker: move the item down</source>
        <translation>في الشريط: إنزال العنصر</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>No suggestions</source>
        <translation>لا اقتراحات</translation>
    </message>
    <message>
        <source>Add to newsroom dictionary</source>
        <translation>إضافة إلى قاموس غرفة الأخبار</translation>
    </message>
    <message>
        <source>Add to my dictionary</source>
        <translation>إضافة إلى قاموسي</translation>
    </message>
    <message>
        <source>Ignore in this article</source>
        <translation>تجاهل في هذا المقال</translation>
    </message>
    <message>
        <source>Did you mean “%1”? (a rare word)</source>
        <translation>هل تقصد «%1»؟ (كلمة نادرة)</translation>
    </message>
</context>
<context>
    <name>StaleBanner</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;قارن</translation>
    </message>
    <message>
        <source>%1 saved version %2 of this article while you were editing it. Your changes are not saved yet.</source>
        <translation>حفظ %1 النسخة %2 من هذا المقال بينما كنت تحرّره. تعديلاتك لم تُحفظ بعد.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>This version of Newsdesk cannot import files given at start-up</source>
        <translation>لا يستطيع هذا الإصدار من نيوزديسك استيراد الملفات المحددة عند بدء التشغيل</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>استرجاع عمل غير محفوظ</translation>
    </message>
    <message>
        <source>Newsdesk closed before these articles were saved:

%1

Reopen them?</source>
        <translation>أُغلق نيوزديسك قبل حفظ هذه المقالات:

%1

هل تعيد فتحها؟</translation>
    </message>
    <message>
        <source>Discard unsaved work</source>
        <translation>تجاهل العمل غير المحفوظ</translation>
    </message>
    <message>
        <source>Discard the unsaved text of these articles for good?

%1

No keeps it, and Newsdesk offers it again at the next start.</source>
        <translation>أتريد التخلّي نهائياً عن النص غير المحفوظ لهذه المقالات؟

%1

«لا» يُبقيه، ويعرضه نيوزديسك عليك من جديد عند التشغيل القادم.</translation>
    </message>
    <message>
        <source>No database there</source>
        <translation>لا توجد قاعدة بيانات هنا</translation>
    </message>
    <message>
        <source>There is no database at
%1

Create a new, empty one there? No quits.</source>
        <translation>لا توجد قاعدة بيانات في
%1

هل تُنشأ قاعدة جديدة فارغة هناك؟ «لا» يُغلق Newsdesk.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مرسل</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>معاد</translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>created</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>حُفظت</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>استُعيدت</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>استُوردت</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>نموذج</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>saved over changes</source>
        <translation>حُفظ فوق تغييرات</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>قُدِّمت</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>تسلّمها القسم</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>قُبلت</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>أُعيدت إلى الكاتب</translation>
    </message>
    <message>
        <source>published</source>
        <translation>نُشرت</translation>
    </message>
    <message>
        <source>spiked</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <source>restored from the spike</source>
        <translation>استُعيدت بعد الإلغاء</translation>
    </message>
</context>
<context>
    <name>StepNoteDialog</name>
    <message>
        <source>Return to the author</source>
        <translation>إعادة إلى الكاتب</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>إلغاء المقال</translation>
    </message>
    <message>
        <source>What should the author change?</source>
        <translation>ما الذي ينبغي أن يغيّره الكاتب؟</translation>
    </message>
    <message>
        <source>Why spike it?</source>
        <translation>لماذا الإلغاء؟</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;Spike</source>
        <translation>إ&amp;لغاء المقال</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء الأ&amp;مر</translation>
    </message>
    <message>
        <source>Return “%1” to its author with this note:</source>
        <translation>أعد «%1» إلى كاتبه مع هذه الملاحظة:</translation>
    </message>
    <message>
        <source>Spike “%1”? Say why:</source>
        <translation>إلغاء «%1»؟ اذكر السبب:</translation>
    </message>
    <message>
        <source>Return these %1 articles to their authors with this note:</source>
        <translation>أعد هذه المقالات (%1) إلى كتّابها مع هذه الملاحظة:</translation>
    </message>
    <message>
        <source>Spike these %1 articles? Say why:</source>
        <translation>إلغاء هذه المقالات (%1)؟ اذكر السبب:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>و%1 أخرى</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عال</translation>
    </message>
</context>
<context>
    <name>TickerDesk</name>
    <message>
        <source>New ticker item…</source>
        <translation>خبر جديد في الشريط…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Breaking</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <source>Set expiry</source>
        <translation>تحديد الانتهاء</translation>
    </message>
    <message>
        <source>Approve for air</source>
        <translation>اعتماد للبث</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>تجديد</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>الشريط</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>لم يُضف</translation>
    </message>
    <message>
        <source>Width: %1% of the on-air window</source>
        <translation>العرض: %1% من نافذة البث</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>لم يُعدل</translation>
    </message>
</context>
<context>
    <name>TickerStatus</name>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>مقبول للبث</translation>
    </message>
    <message>
        <source>on air</source>
        <translation>على الهواء</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مسحوب</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Newsdesk</source>
        <translation>مرحبا بك في نيوزديسك</translation>
    </message>
    <message>
        <source>You are signed in as %1 with the %2 role. You can add colleagues later with “newsdesk user add”.</source>
        <translation>أنت مسجل باسم %1 بدور %2. يمكنك إضافة زملائك لاحقا بالأمر «newsdesk user add».</translation>
    </message>
    <message>
        <source>Load sample articles in Arabic, French and English</source>
        <translation>تحميل مقالات نموذجية بالعربية والفرنسية والإنجليزية</translation>
    </message>
    <message>
        <source>Your name as shown to colleagues</source>
        <translation>اسمك كما يظهر لزملائك</translation>
    </message>
</context>
</TS>
