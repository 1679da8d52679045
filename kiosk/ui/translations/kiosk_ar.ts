<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>BarActions</name>
    <message>
        <source>Printing</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <source>Printing is not available on this computer. Please ask the staff.</source>
        <translation>الطباعة غير متاحة على هذا الحاسوب. يرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Please ask the staff in this office. They are glad to help you.</source>
        <translation>يرجى سؤال الموظفين في هذا المكتب. يسعدهم مساعدتك.</translation>
    </message>
    <message>
        <source>File saved</source>
        <translation>تم حفظ الملف</translation>
    </message>
    <message>
        <source>You find it under “My documents”. It is deleted when you end.</source>
        <translation>تجده في «مستنداتي». يُحذف عند الإنهاء.</translation>
    </message>
    <message>
        <source>This file cannot be saved</source>
        <translation>لا يمكن حفظ هذا الملف</translation>
    </message>
    <message>
        <source>Only documents such as PDF files and pictures can be saved here.</source>
        <translation>يمكن هنا حفظ المستندات فقط، مثل ملفات PDF والصور.</translation>
    </message>
</context>
<context>
    <name>BodyStep</name>
    <message>
        <source>Tap a word first, then “Spelling help”.</source>
        <translation>انقر على كلمة أولاً، ثم على «مساعدة إملائية».</translation>
    </message>
    <message>
        <source>“%1” is spelt right.</source>
        <translation>«%1» مكتوبة بشكل صحيح.</translation>
    </message>
    <message>
        <source>Instead of “%1”:</source>
        <translation>بدلاً من «%1»:</translation>
    </message>
    <message>
        <source>No suggestion for “%1”.</source>
        <translation>لا يوجد اقتراح لـ«%1».</translation>
    </message>
    <message>
        <source>Put this word in instead</source>
        <translation>ضع هذه الكلمة بدلاً منها</translation>
    </message>
    <message>
        <source>1. Start: which job you apply for and where you saw it (e.g. “I read your advertisement on the job portal…”).</source>
        <translation>1. البداية: ما الوظيفة التي تتقدم لها وأين رأيتها (مثلاً: «قرأت إعلانكم في بوابة الوظائف…»).</translation>
    </message>
    <message>
        <source>2. About you: what you have learned and done so far that fits this job. Give one or two examples.</source>
        <translation>2. عنك: ما تعلمته وعملته حتى الآن ويناسب هذه الوظيفة. اذكر مثالاً أو مثالين.</translation>
    </message>
    <message>
        <source>3. Why this company: what you like about the company and the work, and what you can bring to it.</source>
        <translation>3. لماذا هذه الشركة: ما الذي يعجبك في الشركة والعمل، وما الذي يمكنك تقديمه.</translation>
    </message>
    <message>
        <source>4. End: from when you can start, and that you look forward to an interview.</source>
        <translation>4. الخاتمة: متى يمكنك البدء، وأنك تتطلع إلى مقابلة.</translation>
    </message>
    <message>
        <source>Words the spell checker does not know are underlined</source>
        <translation>الكلمات التي لا يعرفها المدقق الإملائي يوضع تحتها خط</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <source>Make the chosen words bold</source>
        <translation>اجعل الكلمات المختارة غامقة</translation>
    </message>
    <message>
        <source>Spelling help</source>
        <translation>مساعدة إملائية</translation>
    </message>
    <message>
        <source>Suggestions for the word at the cursor</source>
        <translation>اقتراحات للكلمة عند المؤشر</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• قائمة</translation>
    </message>
    <message>
        <source>Make this paragraph a list point, or a paragraph again</source>
        <translation>اجعل هذه الفقرة نقطة في قائمة، أو أعدها فقرة</translation>
    </message>
</context>
<context>
    <name>CardLeftScreen</name>
    <message>
        <source>Your card is still in the reader</source>
        <translation>بطاقتك ما زالت في القارئ</translation>
    </message>
    <message>
        <source>Picture: a card in the card reader</source>
        <translation>صورة: بطاقة في قارئ البطاقات</translation>
    </message>
    <message>
        <source>Please take your card</source>
        <translation>يرجى أخذ بطاقتك</translation>
    </message>
    <message>
        <source>Your card is still in the card reader.</source>
        <translation>بطاقتك ما زالت في قارئ البطاقات.</translation>
    </message>
    <message>
        <source>The card reader is {where}.</source>
        <translation>قارئ البطاقات موجود {where}.</translation>
    </message>
    <message>
        <source>A card was left in the reader</source>
        <translation>نُسيت بطاقة في القارئ</translation>
    </message>
    <message>
        <source>Please ask the staff for help.</source>
        <translation>يرجى طلب المساعدة من الموظفين.</translation>
    </message>
</context>
<context>
    <name>ConfirmEndOverlay</name>
    <message>
        <source>End your session?</source>
        <translation>هل تريد إنهاء جلستك؟</translation>
    </message>
    <message>
        <source>Everything of yours on this computer will be deleted: pages, logins and files.</source>
        <translation>سيُحذف كل ما يخصك على هذا الحاسوب: الصفحات وتسجيلات الدخول والملفات.</translation>
    </message>
    <message>
        <source>Yes, end and delete</source>
        <translation>نعم، إنهاء وحذف</translation>
    </message>
    <message>
        <source>End the session now</source>
        <translation>إنهاء الجلسة الآن</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>لا، رجوع</translation>
    </message>
    <message>
        <source>Keep using this computer</source>
        <translation>متابعة استخدام هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>ConfirmWidget</name>
    <message>
        <source>Print confirmation</source>
        <translation>تأكيد الطباعة</translation>
    </message>
    <message>
        <source>Print this document?</source>
        <translation>هل تريد طباعة هذا المستند؟</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Print now</source>
        <translation>اطبع الآن</translation>
    </message>
    <message>
        <source>Send it to the printer</source>
        <translation>أرسله إلى الطابعة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Do not print</source>
        <translation>لا تطبع</translation>
    </message>
    <message>
        <source>Back to the page</source>
        <translation>العودة إلى الصفحة</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>الصفحات: %1</translation>
    </message>
    <message>
        <source>Sheets of paper: %1</source>
        <translation>أوراق: %1</translation>
    </message>
    <message>
        <source>Price: %1 (please pay the staff)</source>
        <translation>السعر: %1 (يرجى الدفع للموظفين)</translation>
    </message>
    <message>
        <source>Price: free</source>
        <translation>السعر: مجاني</translation>
    </message>
    <message>
        <source>Free pages left after this: %1</source>
        <translation>الصفحات المجانية المتبقية بعد ذلك: %1</translation>
    </message>
</context>
<context>
    <name>DigitPad</name>
    <message>
        <source>Digit {digit}</source>
        <translation>الرقم {digit}</translation>
    </message>
    <message>
        <source>Shown as a dot only</source>
        <translation>يظهر كنقطة فقط</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>حذف آخر رقم</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Send the number</source>
        <translation>إرسال الرقم</translation>
    </message>
    <message>
        <source>{typed} of {length} digits entered</source>
        <translation>تم إدخال {typed} من {length} أرقام</translation>
    </message>
    <message>
        <source>{typed} digits entered</source>
        <translation>تم إدخال {typed} أرقام</translation>
    </message>
</context>
<context>
    <name>DisplayOverlay</name>
    <message>
        <source>Display</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Make the text bigger or change the colours.</source>
        <translation>كبّر النص أو غيّر الألوان.</translation>
    </message>
    <message>
        <source>Text size: {percent} %</source>
        <translation>حجم النص: {percent} %</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Make all text on the screen bigger</source>
        <translation>تكبير كل النص على الشاشة</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>Make all text on the screen smaller</source>
        <translation>تصغير كل النص على الشاشة</translation>
    </message>
    <message>
        <source>Strong contrast: on</source>
        <translation>تباين قوي: مفعّل</translation>
    </message>
    <message>
        <source>Strong contrast: off</source>
        <translation>تباين قوي: غير مفعّل</translation>
    </message>
    <message>
        <source>Black background with bright text and yellow buttons</source>
        <translation>خلفية سوداء مع نص فاتح وأزرار صفراء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Back to what you were doing</source>
        <translation>العودة إلى ما كنت تفعله</translation>
    </message>
</context>
<context>
    <name>DocumentsOverlay</name>
    <message>
        <source>No files yet. Files you download appear here.</source>
        <translation>لا توجد ملفات بعد. الملفات التي تنزّلها تظهر هنا.</translation>
    </message>
    <message>
        <source>Choose a file to send</source>
        <translation>اختر ملفًا لإرساله</translation>
    </message>
    <message>
        <source>Only files saved in this session are shown.</source>
        <translation>تظهر هنا فقط الملفات المحفوظة في هذه الجلسة.</translation>
    </message>
    <message>
        <source>Send this file</source>
        <translation>أرسل هذا الملف</translation>
    </message>
    <message>
        <source>Reading your USB stick …</source>
        <translation>تتم قراءة ذاكرة USB الخاصة بك …</translation>
    </message>
    <message>
        <source>Your USB stick has no file that can be sent here.</source>
        <translation>لا يوجد في ذاكرة USB ملف يمكن إرساله هنا.</translation>
    </message>
    <message>
        <source>Choose a file from your USB stick</source>
        <translation>اختر ملفًا من ذاكرة USB</translation>
    </message>
    <message>
        <source>Only documents and pictures are shown. Nothing is changed.</source>
        <translation>تظهر المستندات والصور فقط. لا يتغير أي شيء.</translation>
    </message>
    <message>
        <source>Give the chosen file to the page</source>
        <translation>إعطاء الملف المختار للصفحة</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>مستنداتي</translation>
    </message>
    <message>
        <source>Files you saved in this session. They are deleted when you end.</source>
        <translation>الملفات التي حفظتها في هذه الجلسة. تُحذف عند الإنهاء.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Show the chosen file</source>
        <translation>عرض الملف المختار</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Print the chosen file</source>
        <translation>طباعة الملف المختار</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Send no file</source>
        <translation>عدم إرسال أي ملف</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Back to the page</source>
        <translation>العودة إلى الصفحة</translation>
    </message>
    <message>
        <source>Scan a document</source>
        <translation>مسح مستند ضوئيًا</translation>
    </message>
    <message>
        <source>Scan paper pages into one PDF file</source>
        <translation>مسح صفحات ورقية ضوئيًا في ملف PDF واحد</translation>
    </message>
    <message>
        <source>Save to USB stick</source>
        <translation>حفظ في ذاكرة USB</translation>
    </message>
    <message>
        <source>Copy the chosen file to your USB stick</source>
        <translation>نسخ الملف المختار إلى ذاكرة USB</translation>
    </message>
    <message>
        <source>Back to my documents</source>
        <translation>العودة إلى مستنداتي</translation>
    </message>
    <message>
        <source>Show the files of this session again</source>
        <translation>إظهار ملفات هذه الجلسة مرة أخرى</translation>
    </message>
    <message>
        <source>From my USB stick</source>
        <translation>من ذاكرة USB الخاصة بي</translation>
    </message>
</context>
<context>
    <name>EidGuide</name>
    <message>
        <source>Online ID card</source>
        <translation>بطاقة الهوية الإلكترونية</translation>
    </message>
    <message>
        <source>A service</source>
        <translation>خدمة</translation>
    </message>
    <message>
        <source>{provider} asks for data from your ID card</source>
        <translation>{provider} يطلب بيانات من بطاقة هويتك</translation>
    </message>
    <message>
        <source>These data will be sent:</source>
        <translation>سيتم إرسال هذه البيانات:</translation>
    </message>
    <message>
        <source>Provider: {url}</source>
        <translation>مقدّم الخدمة: {url}</translation>
    </message>
    <message>
        <source>Place your ID card on the card reader</source>
        <translation>ضع بطاقة هويتك على قارئ البطاقات</translation>
    </message>
    <message>
        <source>Leave it there until the login is finished.</source>
        <translation>اتركها هناك حتى ينتهي تسجيل الدخول.</translation>
    </message>
    <message>
        <source>The card reader is {where}.</source>
        <translation>قارئ البطاقات {where}.</translation>
    </message>
    <message>
        <source>Type it on the keys of the card reader, then press its OK key.</source>
        <translation>اكتب الرقم على أزرار قارئ البطاقات، ثم اضغط زر OK فيه.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>لم ينجح ذلك. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The PIN was wrong once. Please check it carefully.</source>
        <translation>كان الرقم السري خاطئًا مرة واحدة. يرجى التحقق منه بعناية.</translation>
    </message>
    <message>
        <source>The online function is switched off</source>
        <translation>وظيفة الإنترنت متوقفة</translation>
    </message>
    <message>
        <source>The online function of this ID card is not switched on. The Bürgeramt can switch it on for you.</source>
        <translation>وظيفة الإنترنت في بطاقة الهوية هذه غير مفعّلة. يمكن لمكتب المواطنين (Bürgeramt) تفعيلها لك.</translation>
    </message>
    <message>
        <source>The PIN is blocked</source>
        <translation>الرقم السري محظور</translation>
    </message>
    <message>
        <source>The PIN of this ID card is blocked. The Bürgeramt can help you.</source>
        <translation>الرقم السري لبطاقة الهوية هذه محظور. يمكن لمكتب المواطنين (Bürgeramt) مساعدتك.</translation>
    </message>
    <message>
        <source>Login not possible</source>
        <translation>تسجيل الدخول غير ممكن</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>يرجى الانتظار</translation>
    </message>
    <message>
        <source>Connecting to the service. This can take a moment.</source>
        <translation>جارٍ الاتصال بالخدمة. قد يستغرق هذا لحظة.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Name at birth</source>
        <translation>الاسم عند الولادة</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>الأسماء الأولى</translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translation>الدرجة العلمية (الدكتوراه)</translation>
    </message>
    <message>
        <source>Artistic name or religious name</source>
        <translation>الاسم الفني أو الاسم الديني</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>مكان الميلاد</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Country that issued the card</source>
        <translation>الدولة التي أصدرت البطاقة</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>نوع الوثيقة</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالحة حتى</translation>
    </message>
    <message>
        <source>Notes in the residence permit (part 1)</source>
        <translation>ملاحظات في تصريح الإقامة (الجزء 1)</translation>
    </message>
    <message>
        <source>Notes in the residence permit (part 2)</source>
        <translation>ملاحظات في تصريح الإقامة (الجزء 2)</translation>
    </message>
    <message>
        <source>Municipality code of the address</source>
        <translation>رمز البلدية للعنوان</translation>
    </message>
    <message>
        <source>Check: do you live in a certain place</source>
        <translation>تحقق: هل تسكن في مكان معيّن</translation>
    </message>
    <message>
        <source>Check: are you old enough</source>
        <translation>تحقق: هل عمرك كافٍ</translation>
    </message>
    <message>
        <source>A code for this service instead of your name</source>
        <translation>رمز لهذه الخدمة بدلًا من اسمك</translation>
    </message>
    <message>
        <source>Use of the card access number (CAN)</source>
        <translation>استخدام رقم الوصول إلى البطاقة (CAN)</translation>
    </message>
    <message>
        <source>Changing the PIN</source>
        <translation>تغيير الرقم السري</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>أدخل الرقم السري (PIN)</translation>
    </message>
    <message>
        <source>Type the 6-digit PIN of your ID card. It is not shown or stored.</source>
        <translation>اكتب الرقم السري لبطاقة هويتك المكوّن من 6 أرقام. لا يُعرض ولا يُحفظ.</translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation>اختر رقمًا سريًا جديدًا</translation>
    </message>
    <message>
        <source>Type a new 6-digit PIN.</source>
        <translation>اكتب رقمًا سريًا جديدًا من 6 أرقام.</translation>
    </message>
    <message>
        <source>Enter the card access number</source>
        <translation>أدخل رقم الوصول إلى البطاقة</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly twice. Type the 6-digit card access number (CAN). It is printed on the front of your ID card, bottom right.</source>
        <translation>تم إدخال الرقم السري بشكل خاطئ مرتين. اكتب رقم الوصول إلى البطاقة (CAN) المكوّن من 6 أرقام. تجده مطبوعًا على وجه بطاقة هويتك، في الأسفل على اليمين.</translation>
    </message>
    <message>
        <source>Enter your PUK</source>
        <translation>أدخل رمز PUK</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly three times. Type the 10-digit PUK from the letter you got with your ID card.</source>
        <translation>تم إدخال الرقم السري بشكل خاطئ ثلاث مرات. اكتب رمز PUK المكوّن من 10 أرقام من الرسالة التي وصلتك مع بطاقة هويتك.</translation>
    </message>
    <message>
        <source>The connection to the ID card program was lost.</source>
        <translation>انقطع الاتصال ببرنامج بطاقة الهوية.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>تم إلغاء تسجيل الدخول.</translation>
    </message>
    <message>
        <source>The service could not be reached. Please try again later.</source>
        <translation>تعذّر الوصول إلى الخدمة. يرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The service sent a request that cannot be used.</source>
        <translation>أرسلت الخدمة طلبًا لا يمكن استخدامه.</translation>
    </message>
    <message>
        <source>The login with the ID card did not work.</source>
        <translation>لم ينجح تسجيل الدخول ببطاقة الهوية.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Send these data to the service</source>
        <translation>إرسال هذه البيانات إلى الخدمة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop the login</source>
        <translation>إيقاف تسجيل الدخول</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
    <message>
        <source>Use the test card</source>
        <translation>استخدام بطاقة الاختبار</translation>
    </message>
    <message>
        <source>Demo only</source>
        <translation>للعرض التوضيحي فقط</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Picture: an ID card on the card reader</source>
        <translation>صورة: بطاقة هوية على قارئ البطاقات</translation>
    </message>
</context>
<context>
    <name>EntriesStep</name>
    <message>
        <source>When (e.g. 2015 – 2018)</source>
        <translation>متى (مثلاً 2015 – 2018)</translation>
    </message>
    <message>
        <source>What (school, training, job)</source>
        <translation>ماذا (مدرسة، تدريب، عمل)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>تفاصيل (اختياري)</translation>
    </message>
    <message>
        <source>You can leave this empty</source>
        <translation>يمكنك ترك هذا فارغاً</translation>
    </message>
    <message>
        <source>+ Add a row</source>
        <translation>+ أضف سطراً</translation>
    </message>
    <message>
        <source>One more row</source>
        <translation>سطر آخر</translation>
    </message>
</context>
<context>
    <name>FormStep</name>
    <message>
        <source>Needed for the documents</source>
        <translation>مطلوب للمستندات</translation>
    </message>
    <message>
        <source>You can leave this empty</source>
        <translation>يمكنك ترك هذا فارغاً</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>If you do nothing, your session ends in %n second(s) and everything is deleted.</source>
        <translation>
            <numerusform>إذا لم تفعل شيئًا، تنتهي جلستك الآن ويُحذف كل شيء.</numerusform>
            <numerusform>إذا لم تفعل شيئًا، تنتهي جلستك بعد ثانية واحدة ويُحذف كل شيء.</numerusform>
            <numerusform>إذا لم تفعل شيئًا، تنتهي جلستك بعد ثانيتين ويُحذف كل شيء.</numerusform>
            <numerusform>إذا لم تفعل شيئًا، تنتهي جلستك بعد %n ثوانٍ ويُحذف كل شيء.</numerusform>
            <numerusform>إذا لم تفعل شيئًا، تنتهي جلستك بعد %n ثانية ويُحذف كل شيء.</numerusform>
            <numerusform>إذا لم تفعل شيئًا، تنتهي جلستك بعد %n ثانية ويُحذف كل شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Keep using this computer</source>
        <translation>متابعة استخدام هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>LanguageOverlay</name>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Show all texts in this language</source>
        <translation>عرض كل النصوص بهذه اللغة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Keep the current language</source>
        <translation>الإبقاء على اللغة الحالية</translation>
    </message>
</context>
<context>
    <name>LanguagesStep</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>How well (e.g. mother tongue, good, B1)</source>
        <translation>المستوى (مثلاً لغة أم، جيد، B1)</translation>
    </message>
    <message>
        <source>You can leave this empty</source>
        <translation>يمكنك ترك هذا فارغاً</translation>
    </message>
</context>
<context>
    <name>LauncherScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>ماذا تريد أن تفعل؟</translation>
    </message>
    <message>
        <source>Open this service</source>
        <translation>فتح هذه الخدمة</translation>
    </message>
</context>
<context>
    <name>LinesStep</name>
    <message>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>الاهتمامات</translation>
    </message>
    <message>
        <source>One a line</source>
        <translation>واحد في كل سطر</translation>
    </message>
</context>
<context>
    <name>NoticeOverlay</name>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Keyboard on the screen</source>
        <translation>لوحة المفاتيح على الشاشة</translation>
    </message>
    <message>
        <source>Capital letters</source>
        <translation>أحرف كبيرة</translation>
    </message>
    <message>
        <source>The next letter is a capital</source>
        <translation>الحرف التالي حرف كبير</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>Type a space</source>
        <translation>كتابة مسافة</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>احذف الحرف الأخير</translation>
    </message>
    <message>
        <source>Delete the letter before the cursor</source>
        <translation>حذف آخر حرف مكتوب</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>إدخال</translation>
    </message>
    <message>
        <source>Confirm or start a new line</source>
        <translation>تأكيد أو بدء سطر جديد</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>إخفاء لوحة المفاتيح</translation>
    </message>
    <message>
        <source>The Keyboard button shows it again</source>
        <translation>زر «لوحة المفاتيح» يعرضها مرة أخرى</translation>
    </message>
    <message>
        <source>Type this character</source>
        <translation>كتابة هذا الحرف</translation>
    </message>
    <message>
        <source>Switch the keys</source>
        <translation>تبديل المفاتيح</translation>
    </message>
    <message>
        <source>Switch the alphabet</source>
        <translation>تبديل الأبجدية</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>الحروف</translation>
    </message>
    <message>
        <source>Numbers and signs</source>
        <translation>الأرقام والرموز</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>حروف لاتينية</translation>
    </message>
    <message>
        <source>Arabic letters</source>
        <translation>حروف عربية</translation>
    </message>
    <message>
        <source>Cyrillic letters</source>
        <translation>حروف كيريلية</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This computer is not available right now</source>
        <translation>هذا الحاسوب غير متاح الآن</translation>
    </message>
    <message>
        <source>A card was left in the card reader. Please ask the staff.</source>
        <translation>نُسيت بطاقة في قارئ البطاقات. يرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>It is being checked. Please ask the staff.</source>
        <translation>يجري فحصه الآن. يرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>Please ask the staff.</source>
        <translation>يرجى سؤال الموظفين.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>This file cannot be shown</source>
        <translation>لا يمكن عرض هذا الملف</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close this file</source>
        <translation>إغلاق هذا الملف</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <source>No photo</source>
        <translation>بدون صورة</translation>
    </message>
    <message>
        <source>Photos in My documents</source>
        <translation>الصور في مستنداتي</translation>
    </message>
    <message>
        <source>Choose a photo, or “No photo”</source>
        <translation>اختر صورة، أو «بدون صورة»</translation>
    </message>
    <message>
        <source>Or scan your photo: lay it face down on the scanner glass and close the lid.</source>
        <translation>أو امسح صورتك ضوئيًا: ضعها على زجاج الماسح الضوئي ووجهها إلى الأسفل، ثم أغلق الغطاء.</translation>
    </message>
    <message>
        <source>Scan my photo</source>
        <translation>امسح صورتي ضوئيًا</translation>
    </message>
    <message>
        <source>The photo could not be scanned. Please check the scanner, try again or ask the staff.</source>
        <translation>تعذّر مسح الصورة ضوئيًا. يُرجى التحقق من الماسح الضوئي، أو المحاولة مرة أخرى، أو طلب المساعدة من الموظفين.</translation>
    </message>
    <message>
        <source>Scanning … please wait.</source>
        <translation>جارٍ المسح الضوئي … يُرجى الانتظار.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN pad</source>
        <translation>لوحة رقم PIN للموظفين</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>للموظفين فقط: أدخل رقم PIN</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>رقم PIN خاطئ.</translation>
    </message>
    <message>
        <source>Try again in %1 seconds.</source>
        <translation>حاول مرة أخرى بعد %1 ثانية.</translation>
    </message>
    <message>
        <source>Please wait %1 seconds.</source>
        <translation>يرجى الانتظار %1 ثانية.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Locked for %1 seconds.</source>
        <translation>تم إدخال رقم PIN خاطئ مرات كثيرة. مقفل لمدة %1 ثانية.</translation>
    </message>
    <message>
        <source>No staff PIN is set. Ask IT to run &apos;kiosk staff set-pin&apos;.</source>
        <translation>لم يتم تعيين رقم PIN للموظفين. اطلب من قسم تقنية المعلومات تشغيل &apos;kiosk staff set-pin&apos;.</translation>
    </message>
    <message>
        <source>The PIN check does not work. Please tell IT.</source>
        <translation>التحقق من رقم PIN لا يعمل. يرجى إبلاغ قسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>جارٍ التحقق …</translation>
    </message>
</context>
<context>
    <name>PrintOverlay</name>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Your print is ready.</source>
        <translation>المطبوعات جاهزة.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>ScanOverlay</name>
    <message>
        <source>The paper is stuck in the scanner. Please ask the staff.</source>
        <translation>الورقة عالقة في الماسح الضوئي. يرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>There is no paper in the scanner. Please put a page in.</source>
        <translation>لا يوجد ورق في الماسح الضوئي. يرجى وضع صفحة.</translation>
    </message>
    <message>
        <source>The scanner lid is open. Please close it.</source>
        <translation>غطاء الماسح الضوئي مفتوح. يرجى إغلاقه.</translation>
    </message>
    <message>
        <source>The scanner is busy. Please wait a moment and try again.</source>
        <translation>الماسح الضوئي مشغول. يرجى الانتظار قليلًا والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The scanner does not answer. Please ask the staff.</source>
        <translation>الماسح الضوئي لا يستجيب. يرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>Scanning did not work. Please try again.</source>
        <translation>لم ينجح المسح الضوئي. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Scan a document</source>
        <translation>مسح مستند ضوئيًا</translation>
    </message>
    <message>
        <source>Scanning page %1 …</source>
        <translation>جارٍ مسح الصفحة %1 …</translation>
    </message>
    <message>
        <source>Put the first page face down on the glass and close the lid. Then press “Scan page”.</source>
        <translation>ضع الصفحة الأولى ووجهها إلى الأسفل على الزجاج وأغلق الغطاء. ثم اضغط على «مسح الصفحة».</translation>
    </message>
    <message>
        <source>That is the most pages for one document.</source>
        <translation>هذا أكبر عدد من الصفحات لمستند واحد.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned. Put in the next page, or save the document.</source>
        <translation>
            <numerusform>لم تُمسح أي صفحة بعد. ضع الصفحة التالية أو احفظ المستند.</numerusform>
            <numerusform>تم مسح صفحة واحدة. ضع الصفحة التالية أو احفظ المستند.</numerusform>
            <numerusform>تم مسح صفحتين. ضع الصفحة التالية أو احفظ المستند.</numerusform>
            <numerusform>تم مسح %n صفحات. ضع الصفحة التالية أو احفظ المستند.</numerusform>
            <numerusform>تم مسح %n صفحة. ضع الصفحة التالية أو احفظ المستند.</numerusform>
            <numerusform>تم مسح %n صفحة. ضع الصفحة التالية أو احفظ المستند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>أبيض وأسود</translation>
    </message>
    <message>
        <source>Scan in grey</source>
        <translation>مسح بالرمادي</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>ملوّن</translation>
    </message>
    <message>
        <source>Scan in colour</source>
        <translation>مسح بالألوان</translation>
    </message>
    <message>
        <source>Scan page</source>
        <translation>مسح الصفحة</translation>
    </message>
    <message>
        <source>Scan next page</source>
        <translation>مسح الصفحة التالية</translation>
    </message>
    <message>
        <source>Scan the page on the glass</source>
        <translation>مسح الصفحة الموجودة على الزجاج</translation>
    </message>
    <message>
        <source>Scan this page again</source>
        <translation>مسح هذه الصفحة مرة أخرى</translation>
    </message>
    <message>
        <source>Throw away the last page and scan it again</source>
        <translation>حذف الصفحة الأخيرة ومسحها مرة أخرى</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ كملف PDF</translation>
    </message>
    <message>
        <source>Put the pages into one PDF file in My documents</source>
        <translation>وضع الصفحات في ملف PDF واحد في مستنداتي</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Throw the pages away</source>
        <translation>حذف الصفحات</translation>
    </message>
    <message>
        <source>Preview of page %1</source>
        <translation>معاينة الصفحة %1</translation>
    </message>
    <message>
        <source>No page yet</source>
        <translation>لا توجد صفحة بعد</translation>
    </message>
</context>
<context>
    <name>ServiceView</name>
    <message>
        <source>Web page</source>
        <translation>صفحة الإنترنت</translation>
    </message>
    <message>
        <source>This page is not part of this service</source>
        <translation>هذه الصفحة ليست جزءًا من هذه الخدمة</translation>
    </message>
    <message>
        <source>The address {host} cannot be opened here.</source>
        <translation>لا يمكن فتح العنوان {host} هنا.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Logging in with the ID card is not possible at this computer right now. Please ask the staff.</source>
        <translation>تسجيل الدخول ببطاقة الهوية غير ممكن على هذا الحاسوب الآن. يرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>This link opens another program</source>
        <translation>هذا الرابط يفتح برنامجًا آخر</translation>
    </message>
    <message>
        <source>Other programs cannot be opened on this computer. Please ask the staff.</source>
        <translation>لا يمكن فتح برامج أخرى على هذا الحاسوب. يرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Online ID card</source>
        <translation>بطاقة الهوية الإلكترونية</translation>
    </message>
    <message>
        <source>Files cannot be uploaded to this service.</source>
        <translation>لا يمكن رفع ملفات إلى هذه الخدمة.</translation>
    </message>
    <message>
        <source>Printing is not available on this computer.</source>
        <translation>الطباعة غير متاحة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>The page says</source>
        <translation>الصفحة تقول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>This page stopped working</source>
        <translation>توقفت هذه الصفحة عن العمل</translation>
    </message>
    <message>
        <source>You can load it again or end your session.</source>
        <translation>يمكنك تحميلها مرة أخرى أو إنهاء جلستك.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>إنهاء الجلسة</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Time is almost up</source>
        <translation>الوقت على وشك الانتهاء</translation>
    </message>
    <message numerus="yes">
        <source>Your session ends in %n minute(s). Please finish and save or print what you need.</source>
        <translation>
            <numerusform>تنتهي جلستك الآن. يرجى حفظ أو طباعة ما تحتاجه.</numerusform>
            <numerusform>تنتهي جلستك بعد دقيقة واحدة. يرجى حفظ أو طباعة ما تحتاجه الآن.</numerusform>
            <numerusform>تنتهي جلستك بعد دقيقتين. يرجى حفظ أو طباعة ما تحتاجه الآن.</numerusform>
            <numerusform>تنتهي جلستك بعد %n دقائق. يرجى حفظ أو طباعة ما تحتاجه الآن.</numerusform>
            <numerusform>تنتهي جلستك بعد %n دقيقة. يرجى حفظ أو طباعة ما تحتاجه الآن.</numerusform>
            <numerusform>تنتهي جلستك بعد %n دقيقة. يرجى حفظ أو طباعة ما تحتاجه الآن.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShellBar</name>
    <message>
        <source>No page open</source>
        <translation>لا توجد صفحة مفتوحة</translation>
    </message>
    <message>
        <source>secure</source>
        <translation>آمن</translation>
    </message>
    <message>
        <source>not secure</source>
        <translation>غير آمن</translation>
    </message>
    <message>
        <source>Page address: {host}</source>
        <translation>عنوان الصفحة: {host}</translation>
    </message>
    <message>
        <source>Card reader ready</source>
        <translation>قارئ البطاقات جاهز</translation>
    </message>
    <message>
        <source>Card on the reader</source>
        <translation>البطاقة على القارئ</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>لا يوجد قارئ بطاقات</translation>
    </message>
    <message>
        <source>Card reader not working</source>
        <translation>قارئ البطاقات لا يعمل</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>لم يبقَ وقت</numerusform>
            <numerusform>بقيت دقيقة واحدة</numerusform>
            <numerusform>بقيت دقيقتان</numerusform>
            <numerusform>بقيت %n دقائق</numerusform>
            <numerusform>بقيت %n دقيقة</numerusform>
            <numerusform>بقيت %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>إيقاف القراءة</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Read this screen aloud; press again to stop</source>
        <translation>يقرأ هذه الشاشة بصوت عالٍ. اضغط مرة أخرى للإيقاف</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Show all services</source>
        <translation>عرض كل الخدمات</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Load the page again</source>
        <translation>تحميل الصفحة مرة أخرى</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation>اطبع هذه الصفحة</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>مستنداتي</translation>
    </message>
    <message>
        <source>Files saved in this session</source>
        <translation>الملفات المحفوظة في هذه الجلسة</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Show or hide the keyboard on the screen</source>
        <translation>إظهار أو إخفاء لوحة المفاتيح على الشاشة</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translation>حجم النص والألوان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>تغيير اللغة</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>How to get help</source>
        <translation>كيف تحصل على المساعدة</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>إنهاء الجلسة</translation>
    </message>
    <message>
        <source>Finish and delete everything</source>
        <translation>إنهاء وحذف كل شيء</translation>
    </message>
</context>
<context>
    <name>ShellDocuments</name>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>مسح ضوئي</translation>
    </message>
    <message>
        <source>Saved on your USB stick</source>
        <translation>تم الحفظ في ذاكرة USB</translation>
    </message>
    <message>
        <source>The file is now on your USB stick.</source>
        <translation>الملف الآن في ذاكرة USB الخاصة بك.</translation>
    </message>
    <message>
        <source>The USB stick was taken out</source>
        <translation>تم سحب ذاكرة USB</translation>
    </message>
    <message>
        <source>The file was not saved. Please plug the stick in again and try once more.</source>
        <translation>لم يتم حفظ الملف. يرجى إدخال الذاكرة مرة أخرى والمحاولة من جديد.</translation>
    </message>
    <message>
        <source>Your USB stick is full</source>
        <translation>ذاكرة USB ممتلئة</translation>
    </message>
    <message>
        <source>The file was not saved. There is no room left on the stick.</source>
        <translation>لم يتم حفظ الملف. لا توجد مساحة فارغة في الذاكرة.</translation>
    </message>
    <message>
        <source>This USB stick cannot be used</source>
        <translation>لا يمكن استخدام ذاكرة USB هذه</translation>
    </message>
    <message>
        <source>The computer cannot read this stick. Please ask the staff for help.</source>
        <translation>لا يستطيع الكمبيوتر قراءة هذه الذاكرة. يرجى طلب المساعدة من الموظفين.</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>لم ينجح ذلك</translation>
    </message>
    <message>
        <source>Please try again or ask the staff.</source>
        <translation>يرجى المحاولة مرة أخرى أو سؤال الموظفين.</translation>
    </message>
</context>
<context>
    <name>SpeechRow</name>
    <message>
        <source>Reading speed: {step} of {count}</source>
        <translation>سرعة القراءة: {step} من {count}</translation>
    </message>
    <message>
        <source>Read slower</source>
        <translation>قراءة أبطأ</translation>
    </message>
    <message>
        <source>Speak more slowly</source>
        <translation>التحدث ببطء أكثر</translation>
    </message>
    <message>
        <source>Read faster</source>
        <translation>قراءة أسرع</translation>
    </message>
    <message>
        <source>Speak more quickly</source>
        <translation>التحدث بسرعة أكبر</translation>
    </message>
    <message>
        <source>Read messages aloud: on</source>
        <translation>قراءة الرسائل بصوت عالٍ: تشغيل</translation>
    </message>
    <message>
        <source>Read messages aloud: off</source>
        <translation>قراءة الرسائل بصوت عالٍ: إيقاف</translation>
    </message>
    <message>
        <source>Say warnings and messages aloud when they appear</source>
        <translation>قراءة التحذيرات والرسائل بصوت عالٍ عند ظهورها</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>لوحة الموظفين</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>Message residents will see while out of service</source>
        <translation>الرسالة التي يراها الزوار ما دام الجهاز خارج الخدمة</translation>
    </message>
    <message>
        <source>Screen reader on or off</source>
        <translation>قارئ الشاشة: تشغيل أو إيقاف</translation>
    </message>
    <message>
        <source>Loading the station state …</source>
        <translation>جارٍ تحميل حالة الجهاز …</translation>
    </message>
    <message>
        <source>The station state cannot be read.</source>
        <translation>لا يمكن قراءة حالة الجهاز.</translation>
    </message>
    <message>
        <source>Version %1, running for %2.</source>
        <translation>الإصدار %1، يعمل منذ %2.</translation>
    </message>
    <message>
        <source>Disk: %1% free.</source>
        <translation>القرص: %1% فارغ.</translation>
    </message>
    <message>
        <source>Out of service.</source>
        <translation>خارج الخدمة.</translation>
    </message>
    <message>
        <source>A card was left in the card reader.</source>
        <translation>نُسيت بطاقة في قارئ البطاقات.</translation>
    </message>
    <message>
        <source>Deleting the last session&apos;s data failed. Press “Back in service” to try again; if that fails too, tell IT.</source>
        <translation>تعذّر حذف بيانات الجلسة الأخيرة. اضغط «العودة إلى الخدمة» للمحاولة مرة أخرى؛ وإن فشل ذلك أيضًا فأبلغ قسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>Residents see: %1</source>
        <translation>يرى الزوار: %1</translation>
    </message>
    <message>
        <source>In service.</source>
        <translation>في الخدمة.</translation>
    </message>
    <message>
        <source>A resident is using the station.</source>
        <translation>شخص ما يستخدم الجهاز.</translation>
    </message>
    <message>
        <source>Nobody is using the station.</source>
        <translation>لا أحد يستخدم الجهاز.</translation>
    </message>
    <message>
        <source>A card was left behind. Take it, keep it safe, then press “Forgotten card taken”.</source>
        <translation>نُسيت بطاقة. خذها واحفظها في مكان آمن، ثم اضغط «تم أخذ البطاقة المنسية».</translation>
    </message>
    <message>
        <source>Card readers: none found.</source>
        <translation>قارئات البطاقات: لم يُعثر على أي قارئ.</translation>
    </message>
    <message>
        <source>%1: a card is inserted.</source>
        <translation>%1: توجد بطاقة.</translation>
    </message>
    <message>
        <source>%1: no card.</source>
        <translation>%1: لا توجد بطاقة.</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>الزيارات: %1</translation>
    </message>
    <message>
        <source>Pages printed: %1</source>
        <translation>الصفحات المطبوعة: %1</translation>
    </message>
    <message>
        <source>ID card uses: %1</source>
        <translation>استخدامات بطاقة الهوية: %1</translation>
    </message>
    <message>
        <source>Cards left behind: %1</source>
        <translation>البطاقات المنسية: %1</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>الماسح الضوئي: %1</translation>
    </message>
    <message>
        <source>Pages scanned: %1</source>
        <translation>الصفحات الممسوحة: %1</translation>
    </message>
    <message>
        <source>To collect for printing: %1</source>
        <translation>المبلغ المستحق عن الطباعة: %1</translation>
    </message>
    <message>
        <source>Network: connected.</source>
        <translation>الشبكة: متصلة.</translation>
    </message>
    <message>
        <source>Network: not connected.</source>
        <translation>الشبكة: غير متصلة.</translation>
    </message>
    <message>
        <source>Network: unknown.</source>
        <translation>الشبكة: غير معروفة.</translation>
    </message>
    <message>
        <source>Usage upload: not set up for this station.</source>
        <translation>رفع أرقام الاستخدام: غير مُعدّ لهذا الجهاز.</translation>
    </message>
    <message>
        <source>Last usage upload: never.</source>
        <translation>آخر رفع لأرقام الاستخدام: لم يحدث بعد.</translation>
    </message>
    <message>
        <source>Last usage upload: %1.</source>
        <translation>آخر رفع لأرقام الاستخدام: %1.</translation>
    </message>
    <message>
        <source>The last try failed (%1). It is tried again later.</source>
        <translation>فشلت المحاولة الأخيرة (%1). ستتم المحاولة مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>اليوم الساعة %1</translation>
    </message>
    <message>
        <source>Printing is off at this station.</source>
        <translation>الطباعة غير مفعّلة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Printer: ready.</source>
        <translation>الطابعة: جاهزة.</translation>
    </message>
    <message>
        <source>Printer: printing.</source>
        <translation>الطابعة: تطبع.</translation>
    </message>
    <message>
        <source>Printer: stopped.</source>
        <translation>الطابعة: متوقفة.</translation>
    </message>
    <message>
        <source>Printer: cannot be reached. If this stays, tell IT.</source>
        <translation>الطابعة: لا يمكن الوصول إليها. إن استمر ذلك فأبلغ قسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>Printer: not set up on this computer. Tell IT.</source>
        <translation>الطابعة: غير مُعدّة على هذا الحاسوب. أبلغ قسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>Needs attention since %1: %2</source>
        <translation>يحتاج إلى تدخل منذ %1: %2</translation>
    </message>
    <message>
        <source>a print job made no progress and was cancelled.</source>
        <translation>مهمة طباعة لم تتقدم وتم إلغاؤها.</translation>
    </message>
    <message>
        <source>At %1 the print service stopped during a print job and started again. The job was kept.</source>
        <translation>في الساعة %1 توقفت خدمة الطباعة أثناء مهمة طباعة ثم عادت للعمل. لم تُفقد المهمة.</translation>
    </message>
    <message>
        <source>The printer takes no new print jobs.</source>
        <translation>لا تقبل الطابعة مهام طباعة جديدة.</translation>
    </message>
    <message>
        <source>Paper jam.</source>
        <translation>انحشار الورق.</translation>
    </message>
    <message>
        <source>Out of paper.</source>
        <translation>لا يوجد ورق.</translation>
    </message>
    <message>
        <source>Paper is running low.</source>
        <translation>الورق على وشك النفاد.</translation>
    </message>
    <message>
        <source>Toner or ink is empty.</source>
        <translation>نفد الحبر أو التونر.</translation>
    </message>
    <message>
        <source>Toner or ink is running low.</source>
        <translation>الحبر أو التونر على وشك النفاد.</translation>
    </message>
    <message>
        <source>A door or cover is open.</source>
        <translation>أحد الأبواب أو الأغطية مفتوح.</translation>
    </message>
    <message>
        <source>The printer is off or not connected.</source>
        <translation>الطابعة مطفأة أو غير متصلة.</translation>
    </message>
    <message>
        <source>The print queue is paused.</source>
        <translation>قائمة انتظار الطباعة متوقفة مؤقتًا.</translation>
    </message>
    <message>
        <source>The printer reports: %1</source>
        <translation>تُبلغ الطابعة: %1</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>%1: level unknown</source>
        <translation>%1: المستوى غير معروف</translation>
    </message>
    <message>
        <source>(low)</source>
        <translation>(منخفض)</translation>
    </message>
    <message>
        <source>Supplies: %1</source>
        <translation>المستلزمات: %1</translation>
    </message>
    <message>
        <source>No print jobs are waiting.</source>
        <translation>لا توجد مهام طباعة في الانتظار.</translation>
    </message>
    <message>
        <source>Print jobs: %1; the oldest are shown.</source>
        <translation>مهام الطباعة: %1؛ تُعرض الأقدم.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>قيد الطباعة</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source>Cancel print job %1 (%2, pages: %3)</source>
        <translation>إلغاء مهمة الطباعة %1 (%2، الصفحات: %3)</translation>
    </message>
    <message>
        <source>Cancel print job %1 (%2)</source>
        <translation>إلغاء مهمة الطباعة %1 (%2)</translation>
    </message>
    <message>
        <source>The session was ended. Everything of it is being deleted.</source>
        <translation>تم إنهاء الجلسة. يجري حذف كل ما يخصها.</translation>
    </message>
    <message>
        <source>The station is out of service. Residents see your message.</source>
        <translation>الجهاز خارج الخدمة. يرى الزوار رسالتك.</translation>
    </message>
    <message>
        <source>The station is out of service.</source>
        <translation>الجهاز خارج الخدمة.</translation>
    </message>
    <message>
        <source>The station is back in service.</source>
        <translation>عاد الجهاز إلى الخدمة.</translation>
    </message>
    <message>
        <source>Thank you. The station no longer waits for the card.</source>
        <translation>شكرًا. لم يعد الجهاز ينتظر البطاقة.</translation>
    </message>
    <message>
        <source>The screen reader is on until the session ends.</source>
        <translation>قارئ الشاشة يعمل حتى تنتهي الجلسة.</translation>
    </message>
    <message>
        <source>The screen reader is off.</source>
        <translation>قارئ الشاشة متوقف.</translation>
    </message>
    <message>
        <source>Cancelling print job %1 …</source>
        <translation>جارٍ إلغاء مهمة الطباعة %1 …</translation>
    </message>
    <message>
        <source>Sending the test page …</source>
        <translation>جارٍ إرسال صفحة الاختبار …</translation>
    </message>
    <message>
        <source>That did not work. Please tell IT.</source>
        <translation>لم ينجح ذلك. يرجى إبلاغ قسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>Print job %1 had already ended.</source>
        <translation>كانت مهمة الطباعة %1 قد انتهت بالفعل.</translation>
    </message>
    <message>
        <source>Print job %1 was not sent from this station; it cannot be cancelled here.</source>
        <translation>لم تُرسَل مهمة الطباعة %1 من هذا الجهاز؛ لا يمكن إلغاؤها من هنا.</translation>
    </message>
    <message>
        <source>The printer cannot be reached. Please try again; if it keeps failing, tell IT.</source>
        <translation>لا يمكن الوصول إلى الطابعة. يرجى المحاولة مرة أخرى؛ وإن استمر الفشل فأبلغ قسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>Print job %1 was cancelled.</source>
        <translation>تم إلغاء مهمة الطباعة %1.</translation>
    </message>
    <message>
        <source>The test page was sent to the printer (job %1).</source>
        <translation>أُرسلت صفحة الاختبار إلى الطابعة (المهمة %1).</translation>
    </message>
    <message>
        <source>Message for residents</source>
        <translation>رسالة للزوار</translation>
    </message>
    <message>
        <source>Version and disk</source>
        <translation>الإصدار والقرص</translation>
    </message>
    <message>
        <source>End the session now</source>
        <translation>إنهاء الجلسة الآن</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>خارج الخدمة</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>العودة إلى الخدمة</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>اطبع صفحة اختبار</translation>
    </message>
    <message>
        <source>Forgotten card taken</source>
        <translation>تم أخذ البطاقة المنسية</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
</context>
<context>
    <name>TakeStickOverlay</name>
    <message>
        <source>Please take your USB stick</source>
        <translation>يرجى أخذ ذاكرة USB الخاصة بك</translation>
    </message>
    <message>
        <source>Your session has ended. Your USB stick is still in the computer. Please take it with you now.</source>
        <translation>انتهت جلستك. ذاكرة USB الخاصة بك لا تزال في الكمبيوتر. يرجى أخذها معك الآن.</translation>
    </message>
    <message>
        <source>I have my stick</source>
        <translation>أخذت ذاكرتي</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>TermsScreen</name>
    <message>
        <source>Rules for using this computer</source>
        <translation>قواعد استخدام هذا الحاسوب</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>أوافق</translation>
    </message>
    <message>
        <source>Accept the rules and continue</source>
        <translation>قبول القواعد والمتابعة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Go back to the start screen</source>
        <translation>العودة إلى شاشة البداية</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Log in to your citizen account</source>
        <translation>تسجيل الدخول إلى حساب المواطن الخاص بك</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Stop reading</source>
        <translation>إيقاف القراءة</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Read this screen aloud; press again to stop</source>
        <translation>يقرأ هذه الشاشة بصوت عالٍ. اضغط مرة أخرى للإيقاف</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>أهلًا وسهلًا</translation>
    </message>
    <message>
        <source>You can use this computer for free. When you are done, everything of yours is deleted.</source>
        <translation>يمكنك استخدام هذا الحاسوب مجانًا. عندما تنتهي، يُحذف كل ما يخصك.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Begin using this computer</source>
        <translation>ابدأ باستخدام هذا الحاسوب</translation>
    </message>
    <message>
        <source>Show all texts in this language</source>
        <translation>عرض كل النصوص بهذه اللغة</translation>
    </message>
    <message>
        <source>Bigger text and contrast</source>
        <translation>نص أكبر وتباين</translation>
    </message>
    <message>
        <source>Change the text size and the colours</source>
        <translation>تغيير حجم النص والألوان</translation>
    </message>
</context>
<context>
    <name>WipingScreen</name>
    <message>
        <source>Deleting your data … one moment</source>
        <translation>جارٍ حذف بياناتك … لحظة من فضلك</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Write an application</source>
        <translation>كتابة طلب توظيف</translation>
    </message>
    <message>
        <source>CV and cover letter, step by step</source>
        <translation>سيرة ذاتية ورسالة تقديم، خطوة بخطوة</translation>
    </message>
</context>
<context>
    <name>WriterScreen</name>
    <message>
        <source>Please write your name in the first step first.</source>
        <translation>يرجى كتابة اسمك أولاً في الخطوة الأولى.</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>يجري إنشاء ملف PDF…</translation>
    </message>
    <message>
        <source>Saved in “My documents” as PDF and as Word file. To send it, open the job portal and choose the file there.</source>
        <translation>تم الحفظ في «مستنداتي» كملف PDF وملف Word. لإرساله افتح بوابة الوظائف واختر الملف هناك.</translation>
    </message>
    <message>
        <source>This photo cannot be used. Please choose another picture or “No photo” in the step “Photo”.</source>
        <translation>لا يمكن استخدام هذه الصورة. يرجى اختيار صورة أخرى أو «بدون صورة» في خطوة «صورة».</translation>
    </message>
    <message>
        <source>The PDF could not be made. Please ask the staff.</source>
        <translation>تعذّر إنشاء ملف PDF. يرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>First and last name (needed)</source>
        <translation>الاسم الأول واسم العائلة (مطلوب)</translation>
    </message>
    <message>
        <source>Street and house number</source>
        <translation>الشارع ورقم المنزل</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>الرمز البريدي والمدينة</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Date and place of birth (optional)</source>
        <translation>تاريخ ومكان الميلاد (اختياري)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <source>Contact person (e.g. Frau Müller)</source>
        <translation>الشخص المسؤول (مثلاً Frau Müller)</translation>
    </message>
    <message>
        <source>Company: street and number</source>
        <translation>الشركة: الشارع والرقم</translation>
    </message>
    <message>
        <source>Company: postcode and town</source>
        <translation>الشركة: الرمز البريدي والمدينة</translation>
    </message>
    <message>
        <source>Subject (e.g. Bewerbung als Verkäuferin)</source>
        <translation>الموضوع (مثلاً Bewerbung als Verkäuferin)</translation>
    </message>
    <message>
        <source>Where you saw the job (optional)</source>
        <translation>أين رأيت الوظيفة (اختياري)</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>التحية</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>المكان والتاريخ</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>عنك</translation>
    </message>
    <message>
        <source>Only your name is needed. Leave out what you do not want to give.</source>
        <translation>اسمك فقط مطلوب. اترك ما لا تريد ذكره.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>A photo is optional in Germany. Choose one from “My documents”, or none.</source>
        <translation>الصورة اختيارية في ألمانيا. اختر صورة من «مستنداتي» أو لا شيء.</translation>
    </message>
    <message>
        <source>School and training</source>
        <translation>المدرسة والتدريب</translation>
    </message>
    <message>
        <source>The newest first. You can skip this step.</source>
        <translation>الأحدث أولاً. يمكنك تخطي هذه الخطوة.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Jobs, internships, voluntary work: the newest first.</source>
        <translation>وظائف، تدريب عملي، عمل تطوعي: الأحدث أولاً.</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <source>One skill a line, e.g. driving licence B, computer, cash desk.</source>
        <translation>مهارة واحدة في كل سطر، مثلاً رخصة قيادة B، حاسوب، صندوق الدفع.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Every language you speak counts.</source>
        <translation>كل لغة تتحدثها مهمة.</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>الاهتمامات</translation>
    </message>
    <message>
        <source>One a line, e.g. football, cooking. You can skip this step.</source>
        <translation>واحد في كل سطر، مثلاً كرة القدم، الطبخ. يمكنك تخطي هذه الخطوة.</translation>
    </message>
    <message>
        <source>Cover letter: to whom</source>
        <translation>رسالة التقديم: إلى من</translation>
    </message>
    <message>
        <source>The company&apos;s address goes into the window of the envelope.</source>
        <translation>يظهر عنوان الشركة في نافذة الظرف.</translation>
    </message>
    <message>
        <source>Cover letter: your text</source>
        <translation>رسالة التقديم: نصّك</translation>
    </message>
    <message>
        <source>Write a few sentences for each part. Words the spell checker does not know are underlined in red.</source>
        <translation>اكتب بضع جمل لكل جزء. الكلمات التي لا يعرفها المدقق الإملائي يوضع تحتها خط أحمر.</translation>
    </message>
    <message>
        <source>Make the documents</source>
        <translation>إنشاء المستندات</translation>
    </message>
    <message>
        <source>Each is saved as PDF and as Word file in “My documents”.</source>
        <translation>يُحفظ كل منها كملف PDF وملف Word في «مستنداتي».</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>The step before</source>
        <translation>الخطوة السابقة</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>The next step; you can skip it</source>
        <translation>الخطوة التالية؛ يمكنك تخطيها</translation>
    </message>
    <message>
        <source>Make CV (PDF)</source>
        <translation>إنشاء السيرة الذاتية (PDF)</translation>
    </message>
    <message>
        <source>Save the CV as PDF and Word file</source>
        <translation>احفظ السيرة الذاتية كملف PDF وWord</translation>
    </message>
    <message>
        <source>Make cover letter (PDF)</source>
        <translation>إنشاء رسالة التقديم (PDF)</translation>
    </message>
    <message>
        <source>Save the cover letter as PDF and Word file</source>
        <translation>احفظ رسالة التقديم كملف PDF وWord</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Show the PDF</source>
        <translation>اعرض ملف PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Print the PDF (you see the price first)</source>
        <translation>اطبع ملف PDF (ترى السعر أولاً)</translation>
    </message>
</context>
<context>
    <name>_LoginOverlay</name>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>The page asks you to log in</source>
        <translation>الصفحة تطلب منك تسجيل الدخول</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Shown as dots only</source>
        <translation>يظهر كنقاط فقط</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Send the name and password</source>
        <translation>إرسال الاسم وكلمة المرور</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Do not log in</source>
        <translation>عدم تسجيل الدخول</translation>
    </message>
    <message>
        <source>{host} asks you to log in</source>
        <translation>يطلب منك {host} تسجيل الدخول</translation>
    </message>
</context>
</TS>
