<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>BarActions</name>
    <message>
        <source>Printing</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Printing is not available on this computer. Please ask the staff.</source>
        <translation>Друк на цьому комп&apos;ютері недоступний. Зверніться до працівників.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Допомога</translation>
    </message>
    <message>
        <source>Please ask the staff in this office. They are glad to help you.</source>
        <translation>Зверніться до працівників цього офісу. Вони охоче допоможуть.</translation>
    </message>
    <message>
        <source>File saved</source>
        <translation>Файл збережено</translation>
    </message>
    <message>
        <source>You find it under “My documents”. It is deleted when you end.</source>
        <translation>Ви знайдете його в «Мої документи». Його буде видалено в кінці.</translation>
    </message>
    <message>
        <source>This file cannot be saved</source>
        <translation>Цей файл не можна зберегти</translation>
    </message>
    <message>
        <source>Only documents such as PDF files and pictures can be saved here.</source>
        <translation>Тут можна зберігати лише документи, як-от файли PDF і зображення.</translation>
    </message>
</context>
<context>
    <name>BodyStep</name>
    <message>
        <source>Tap a word first, then “Spelling help”.</source>
        <translation>Спочатку торкніться слова, потім «Допомога з правописом».</translation>
    </message>
    <message>
        <source>“%1” is spelt right.</source>
        <translation>«%1» написано правильно.</translation>
    </message>
    <message>
        <source>Instead of “%1”:</source>
        <translation>Замість «%1»:</translation>
    </message>
    <message>
        <source>No suggestion for “%1”.</source>
        <translation>Немає пропозицій для «%1».</translation>
    </message>
    <message>
        <source>Put this word in instead</source>
        <translation>Вставити це слово замість</translation>
    </message>
    <message>
        <source>1. Start: which job you apply for and where you saw it (e.g. “I read your advertisement on the job portal…”).</source>
        <translation>1. Початок: на яку посаду ви подаєтеся і де побачили вакансію (напр. «Я прочитав(ла) ваше оголошення на порталі вакансій…»).</translation>
    </message>
    <message>
        <source>2. About you: what you have learned and done so far that fits this job. Give one or two examples.</source>
        <translation>2. Про вас: чого ви навчилися і що робили, що підходить до цієї роботи. Наведіть один-два приклади.</translation>
    </message>
    <message>
        <source>3. Why this company: what you like about the company and the work, and what you can bring to it.</source>
        <translation>3. Чому ця компанія: що вам подобається в компанії та роботі і що ви можете їй дати.</translation>
    </message>
    <message>
        <source>4. End: from when you can start, and that you look forward to an interview.</source>
        <translation>4. Кінець: з якого часу ви можете почати і що чекаєте на співбесіду.</translation>
    </message>
    <message>
        <source>Words the spell checker does not know are underlined</source>
        <translation>Слова, яких не знає перевірка правопису, підкреслено</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Жирний</translation>
    </message>
    <message>
        <source>Make the chosen words bold</source>
        <translation>Зробити вибрані слова жирними</translation>
    </message>
    <message>
        <source>Spelling help</source>
        <translation>Допомога з правописом</translation>
    </message>
    <message>
        <source>Suggestions for the word at the cursor</source>
        <translation>Пропозиції для слова біля курсора</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Список</translation>
    </message>
    <message>
        <source>Make this paragraph a list point, or a paragraph again</source>
        <translation>Зробити абзац пунктом списку або знову абзацом</translation>
    </message>
</context>
<context>
    <name>CardLeftScreen</name>
    <message>
        <source>Your card is still in the reader</source>
        <translation>Ваша картка ще в зчитувачі</translation>
    </message>
    <message>
        <source>Picture: a card in the card reader</source>
        <translation>Зображення: картка в зчитувачі</translation>
    </message>
    <message>
        <source>Please take your card</source>
        <translation>Будь ласка, заберіть картку</translation>
    </message>
    <message>
        <source>Your card is still in the card reader.</source>
        <translation>Ваша картка ще в зчитувачі карток.</translation>
    </message>
    <message>
        <source>The card reader is {where}.</source>
        <translation>Зчитувач карток: {where}.</translation>
    </message>
    <message>
        <source>A card was left in the reader</source>
        <translation>У зчитувачі залишили картку</translation>
    </message>
    <message>
        <source>Please ask the staff for help.</source>
        <translation>Будь ласка, зверніться до працівників.</translation>
    </message>
</context>
<context>
    <name>ConfirmEndOverlay</name>
    <message>
        <source>End your session?</source>
        <translation>Завершити сеанс?</translation>
    </message>
    <message>
        <source>Everything of yours on this computer will be deleted: pages, logins and files.</source>
        <translation>Усе ваше на цьому комп&apos;ютері буде видалено: сторінки, входи в акаунти та файли.</translation>
    </message>
    <message>
        <source>Yes, end and delete</source>
        <translation>Так, завершити й видалити</translation>
    </message>
    <message>
        <source>End the session now</source>
        <translation>Завершити сеанс зараз</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Ні, назад</translation>
    </message>
    <message>
        <source>Keep using this computer</source>
        <translation>Продовжити користуватися комп&apos;ютером</translation>
    </message>
</context>
<context>
    <name>ConfirmWidget</name>
    <message>
        <source>Print confirmation</source>
        <translation>Підтвердження друку</translation>
    </message>
    <message>
        <source>Print this document?</source>
        <translation>Надрукувати цей документ?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Print now</source>
        <translation>Друкувати зараз</translation>
    </message>
    <message>
        <source>Send it to the printer</source>
        <translation>Надіслати на принтер</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Do not print</source>
        <translation>Не друкувати</translation>
    </message>
    <message>
        <source>Back to the page</source>
        <translation>Назад до сторінки</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Сторінок: %1</translation>
    </message>
    <message>
        <source>Sheets of paper: %1</source>
        <translation>Аркушів паперу: %1</translation>
    </message>
    <message>
        <source>Price: %1 (please pay the staff)</source>
        <translation>Ціна: %1 (оплатіть працівникам)</translation>
    </message>
    <message>
        <source>Price: free</source>
        <translation>Ціна: безкоштовно</translation>
    </message>
    <message>
        <source>Free pages left after this: %1</source>
        <translation>Безкоштовних сторінок залишиться: %1</translation>
    </message>
</context>
<context>
    <name>DigitPad</name>
    <message>
        <source>Digit {digit}</source>
        <translation>Цифра {digit}</translation>
    </message>
    <message>
        <source>Shown as a dot only</source>
        <translation>Показується лише як крапка</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Видалити останню цифру</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Send the number</source>
        <translation>Надіслати число</translation>
    </message>
    <message>
        <source>{typed} of {length} digits entered</source>
        <translation>Введено {typed} з {length} цифр</translation>
    </message>
    <message>
        <source>{typed} digits entered</source>
        <translation>Введено цифр: {typed}</translation>
    </message>
</context>
<context>
    <name>DisplayOverlay</name>
    <message>
        <source>Display</source>
        <translation>Екран</translation>
    </message>
    <message>
        <source>Make the text bigger or change the colours.</source>
        <translation>Зробіть текст більшим або змініть кольори.</translation>
    </message>
    <message>
        <source>Text size: {percent} %</source>
        <translation>Розмір тексту: {percent} %</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Більший текст</translation>
    </message>
    <message>
        <source>Make all text on the screen bigger</source>
        <translation>Збільшити весь текст на екрані</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Менший текст</translation>
    </message>
    <message>
        <source>Make all text on the screen smaller</source>
        <translation>Зменшити весь текст на екрані</translation>
    </message>
    <message>
        <source>Strong contrast: on</source>
        <translation>Сильний контраст: увімкнено</translation>
    </message>
    <message>
        <source>Strong contrast: off</source>
        <translation>Сильний контраст: вимкнено</translation>
    </message>
    <message>
        <source>Black background with bright text and yellow buttons</source>
        <translation>Чорне тло, світлий текст і жовті кнопки</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Back to what you were doing</source>
        <translation>Повернутися до того, що ви робили</translation>
    </message>
</context>
<context>
    <name>DocumentsOverlay</name>
    <message>
        <source>No files yet. Files you download appear here.</source>
        <translation>Файлів ще немає. Файли, які ви завантажите, з&apos;являться тут.</translation>
    </message>
    <message>
        <source>Choose a file to send</source>
        <translation>Виберіть файл для надсилання</translation>
    </message>
    <message>
        <source>Only files saved in this session are shown.</source>
        <translation>Показано лише файли, збережені в цьому сеансі.</translation>
    </message>
    <message>
        <source>Send this file</source>
        <translation>Надіслати цей файл</translation>
    </message>
    <message>
        <source>Reading your USB stick …</source>
        <translation>Читаємо вашу флешку …</translation>
    </message>
    <message>
        <source>Your USB stick has no file that can be sent here.</source>
        <translation>На вашій флешці немає файлу, який можна тут надіслати.</translation>
    </message>
    <message>
        <source>Choose a file from your USB stick</source>
        <translation>Виберіть файл з вашої флешки</translation>
    </message>
    <message>
        <source>Only documents and pictures are shown. Nothing is changed.</source>
        <translation>Показано лише документи й зображення. Нічого не змінюється.</translation>
    </message>
    <message>
        <source>Give the chosen file to the page</source>
        <translation>Передати вибраний файл сторінці</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Мої документи</translation>
    </message>
    <message>
        <source>Files you saved in this session. They are deleted when you end.</source>
        <translation>Файли, збережені в цьому сеансі. Їх буде видалено в кінці.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Show the chosen file</source>
        <translation>Показати вибраний файл</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Print the chosen file</source>
        <translation>Надрукувати вибраний файл</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Send no file</source>
        <translation>Не надсилати файл</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Back to the page</source>
        <translation>Назад до сторінки</translation>
    </message>
    <message>
        <source>Scan a document</source>
        <translation>Сканувати документ</translation>
    </message>
    <message>
        <source>Scan paper pages into one PDF file</source>
        <translation>Сканувати паперові сторінки в один файл PDF</translation>
    </message>
    <message>
        <source>Save to USB stick</source>
        <translation>Зберегти на флешку</translation>
    </message>
    <message>
        <source>Copy the chosen file to your USB stick</source>
        <translation>Скопіювати вибраний файл на вашу флешку</translation>
    </message>
    <message>
        <source>Back to my documents</source>
        <translation>Назад до моїх документів</translation>
    </message>
    <message>
        <source>Show the files of this session again</source>
        <translation>Знову показати файли цього сеансу</translation>
    </message>
    <message>
        <source>From my USB stick</source>
        <translation>З моєї флешки</translation>
    </message>
</context>
<context>
    <name>EidGuide</name>
    <message>
        <source>Online ID card</source>
        <translation>Онлайн-посвідчення</translation>
    </message>
    <message>
        <source>A service</source>
        <translation>Сервіс</translation>
    </message>
    <message>
        <source>{provider} asks for data from your ID card</source>
        <translation>{provider} запитує дані з вашого посвідчення</translation>
    </message>
    <message>
        <source>These data will be sent:</source>
        <translation>Будуть надіслані такі дані:</translation>
    </message>
    <message>
        <source>Provider: {url}</source>
        <translation>Постачальник: {url}</translation>
    </message>
    <message>
        <source>Place your ID card on the card reader</source>
        <translation>Покладіть посвідчення на зчитувач карток</translation>
    </message>
    <message>
        <source>Leave it there until the login is finished.</source>
        <translation>Залиште його там, доки вхід не завершиться.</translation>
    </message>
    <message>
        <source>The card reader is {where}.</source>
        <translation>Зчитувач карток {where}.</translation>
    </message>
    <message>
        <source>Type it on the keys of the card reader, then press its OK key.</source>
        <translation>Введіть число на клавішах зчитувача карток, потім натисніть на ньому клавішу OK.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>Не вдалося. Будь ласка, спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The PIN was wrong once. Please check it carefully.</source>
        <translation>PIN-код один раз був неправильний. Будь ласка, уважно перевірте його.</translation>
    </message>
    <message>
        <source>The online function is switched off</source>
        <translation>Онлайн-функцію вимкнено</translation>
    </message>
    <message>
        <source>The online function of this ID card is not switched on. The Bürgeramt can switch it on for you.</source>
        <translation>Онлайн-функцію цього посвідчення не ввімкнено. Бюргерамт (Bürgeramt) може ввімкнути її для вас.</translation>
    </message>
    <message>
        <source>The PIN is blocked</source>
        <translation>PIN-код заблоковано</translation>
    </message>
    <message>
        <source>The PIN of this ID card is blocked. The Bürgeramt can help you.</source>
        <translation>PIN-код цього посвідчення заблоковано. Бюргерамт (Bürgeramt) може вам допомогти.</translation>
    </message>
    <message>
        <source>Login not possible</source>
        <translation>Вхід неможливий</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Будь ласка, зачекайте</translation>
    </message>
    <message>
        <source>Connecting to the service. This can take a moment.</source>
        <translation>З&apos;єднання з сервісом. Це може тривати якусь мить.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Name at birth</source>
        <translation>Прізвище при народженні</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Імена</translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translation>Науковий ступінь</translation>
    </message>
    <message>
        <source>Artistic name or religious name</source>
        <translation>Сценічне або релігійне ім&apos;я</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <source>Country that issued the card</source>
        <translation>Країна, що видала картку</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Дійсний до</translation>
    </message>
    <message>
        <source>Notes in the residence permit (part 1)</source>
        <translation>Примітки в дозволі на проживання (частина 1)</translation>
    </message>
    <message>
        <source>Notes in the residence permit (part 2)</source>
        <translation>Примітки в дозволі на проживання (частина 2)</translation>
    </message>
    <message>
        <source>Municipality code of the address</source>
        <translation>Код громади за адресою</translation>
    </message>
    <message>
        <source>Check: do you live in a certain place</source>
        <translation>Перевірка: чи живете ви в певному місці</translation>
    </message>
    <message>
        <source>Check: are you old enough</source>
        <translation>Перевірка: чи досягли ви потрібного віку</translation>
    </message>
    <message>
        <source>A code for this service instead of your name</source>
        <translation>Код для цього сервісу замість вашого імені</translation>
    </message>
    <message>
        <source>Use of the card access number (CAN)</source>
        <translation>Використання номера доступу до картки (CAN)</translation>
    </message>
    <message>
        <source>Changing the PIN</source>
        <translation>Зміна PIN-коду</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Введіть свій PIN-код</translation>
    </message>
    <message>
        <source>Type the 6-digit PIN of your ID card. It is not shown or stored.</source>
        <translation>Введіть 6-значний PIN-код вашого посвідчення. Він не показується і не зберігається.</translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation>Виберіть новий PIN-код</translation>
    </message>
    <message>
        <source>Type a new 6-digit PIN.</source>
        <translation>Введіть новий 6-значний PIN-код.</translation>
    </message>
    <message>
        <source>Enter the card access number</source>
        <translation>Введіть номер доступу до картки</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly twice. Type the 6-digit card access number (CAN). It is printed on the front of your ID card, bottom right.</source>
        <translation>PIN-код двічі введено неправильно. Введіть 6-значний номер доступу до картки (CAN). Він надрукований на лицьовому боці посвідчення, внизу праворуч.</translation>
    </message>
    <message>
        <source>Enter your PUK</source>
        <translation>Введіть свій PUK-код</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly three times. Type the 10-digit PUK from the letter you got with your ID card.</source>
        <translation>PIN-код тричі введено неправильно. Введіть 10-значний PUK-код із листа, який ви отримали разом із посвідченням.</translation>
    </message>
    <message>
        <source>The connection to the ID card program was lost.</source>
        <translation>З&apos;єднання з програмою посвідчення перервано.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Вхід скасовано.</translation>
    </message>
    <message>
        <source>The service could not be reached. Please try again later.</source>
        <translation>Сервіс недоступний. Будь ласка, спробуйте пізніше.</translation>
    </message>
    <message>
        <source>The service sent a request that cannot be used.</source>
        <translation>Сервіс надіслав запит, який не можна використати.</translation>
    </message>
    <message>
        <source>The login with the ID card did not work.</source>
        <translation>Вхід із посвідченням не вдався.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Погодитися</translation>
    </message>
    <message>
        <source>Send these data to the service</source>
        <translation>Надіслати ці дані сервісу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stop the login</source>
        <translation>Зупинити вхід</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Закрити це повідомлення</translation>
    </message>
    <message>
        <source>Use the test card</source>
        <translation>Використати тестову картку</translation>
    </message>
    <message>
        <source>Demo only</source>
        <translation>Лише для демонстрації</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Хід виконання</translation>
    </message>
    <message>
        <source>Picture: an ID card on the card reader</source>
        <translation>Зображення: посвідчення на зчитувачі карток</translation>
    </message>
</context>
<context>
    <name>EntriesStep</name>
    <message>
        <source>When (e.g. 2015 – 2018)</source>
        <translation>Коли (напр. 2015 – 2018)</translation>
    </message>
    <message>
        <source>What (school, training, job)</source>
        <translation>Що (школа, навчання, робота)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Подробиці (за бажанням)</translation>
    </message>
    <message>
        <source>You can leave this empty</source>
        <translation>Можна залишити порожнім</translation>
    </message>
    <message>
        <source>+ Add a row</source>
        <translation>+ Додати рядок</translation>
    </message>
    <message>
        <source>One more row</source>
        <translation>Ще один рядок</translation>
    </message>
</context>
<context>
    <name>FormStep</name>
    <message>
        <source>Needed for the documents</source>
        <translation>Потрібно для документів</translation>
    </message>
    <message>
        <source>You can leave this empty</source>
        <translation>Можна залишити порожнім</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>If you do nothing, your session ends in %n second(s) and everything is deleted.</source>
        <translation>
            <numerusform>Якщо ви нічого не робитимете, сеанс завершиться через %n секунду й усе буде видалено.</numerusform>
            <numerusform>Якщо ви нічого не робитимете, сеанс завершиться через %n секунди й усе буде видалено.</numerusform>
            <numerusform>Якщо ви нічого не робитимете, сеанс завершиться через %n секунд і все буде видалено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>Keep using this computer</source>
        <translation>Продовжити користуватися комп&apos;ютером</translation>
    </message>
</context>
<context>
    <name>LanguageOverlay</name>
    <message>
        <source>Choose your language</source>
        <translation>Виберіть мову</translation>
    </message>
    <message>
        <source>Show all texts in this language</source>
        <translation>Показати всі тексти цією мовою</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Keep the current language</source>
        <translation>Залишити поточну мову</translation>
    </message>
</context>
<context>
    <name>LanguagesStep</name>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>How well (e.g. mother tongue, good, B1)</source>
        <translation>Наскільки добре (напр. рідна, добре, B1)</translation>
    </message>
    <message>
        <source>You can leave this empty</source>
        <translation>Можна залишити порожнім</translation>
    </message>
</context>
<context>
    <name>LauncherScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>Що ви хочете зробити?</translation>
    </message>
    <message>
        <source>Open this service</source>
        <translation>Відкрити цей сервіс</translation>
    </message>
</context>
<context>
    <name>LinesStep</name>
    <message>
        <source>Skills</source>
        <translation>Навички</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Інтереси</translation>
    </message>
    <message>
        <source>One a line</source>
        <translation>По одному в рядку</translation>
    </message>
</context>
<context>
    <name>NoticeOverlay</name>
    <message>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Закрити це повідомлення</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Keyboard on the screen</source>
        <translation>Клавіатура на екрані</translation>
    </message>
    <message>
        <source>Capital letters</source>
        <translation>Великі літери</translation>
    </message>
    <message>
        <source>The next letter is a capital</source>
        <translation>Наступна літера буде великою</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробіл</translation>
    </message>
    <message>
        <source>Type a space</source>
        <translation>Ввести пробіл</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Видалити останню літеру</translation>
    </message>
    <message>
        <source>Delete the letter before the cursor</source>
        <translation>Видалити останній введений символ</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Введення</translation>
    </message>
    <message>
        <source>Confirm or start a new line</source>
        <translation>Підтвердити або почати новий рядок</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Сховати клавіатуру</translation>
    </message>
    <message>
        <source>The Keyboard button shows it again</source>
        <translation>Кнопка «Клавіатура» показує її знову</translation>
    </message>
    <message>
        <source>Type this character</source>
        <translation>Ввести цей символ</translation>
    </message>
    <message>
        <source>Switch the keys</source>
        <translation>Змінити клавіші</translation>
    </message>
    <message>
        <source>Switch the alphabet</source>
        <translation>Змінити алфавіт</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Літери</translation>
    </message>
    <message>
        <source>Numbers and signs</source>
        <translation>Цифри та знаки</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Латинські літери</translation>
    </message>
    <message>
        <source>Arabic letters</source>
        <translation>Арабські літери</translation>
    </message>
    <message>
        <source>Cyrillic letters</source>
        <translation>Кирилиця</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This computer is not available right now</source>
        <translation>Цей комп&apos;ютер зараз недоступний</translation>
    </message>
    <message>
        <source>A card was left in the card reader. Please ask the staff.</source>
        <translation>У зчитувачі залишили картку. Зверніться до працівників.</translation>
    </message>
    <message>
        <source>It is being checked. Please ask the staff.</source>
        <translation>Його зараз перевіряють. Зверніться до працівників.</translation>
    </message>
    <message>
        <source>Please ask the staff.</source>
        <translation>Зверніться, будь ласка, до працівників.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>This file cannot be shown</source>
        <translation>Цей файл не можна показати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close this file</source>
        <translation>Закрити цей файл</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <source>No photo</source>
        <translation>Без фото</translation>
    </message>
    <message>
        <source>Photos in My documents</source>
        <translation>Фото в «Мої документи»</translation>
    </message>
    <message>
        <source>Choose a photo, or “No photo”</source>
        <translation>Виберіть фото або «Без фото»</translation>
    </message>
    <message>
        <source>Or scan your photo: lay it face down on the scanner glass and close the lid.</source>
        <translation>Або відскануйте своє фото: покладіть його зображенням донизу на скло сканера й закрийте кришку.</translation>
    </message>
    <message>
        <source>Scan my photo</source>
        <translation>Відсканувати моє фото</translation>
    </message>
    <message>
        <source>The photo could not be scanned. Please check the scanner, try again or ask the staff.</source>
        <translation>Не вдалося відсканувати фото. Перевірте сканер, спробуйте ще раз або зверніться до персоналу.</translation>
    </message>
    <message>
        <source>Scanning … please wait.</source>
        <translation>Сканування … зачекайте, будь ласка.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN pad</source>
        <translation>Панель PIN для персоналу</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Лише для персоналу: введіть PIN</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Неправильний PIN.</translation>
    </message>
    <message>
        <source>Try again in %1 seconds.</source>
        <translation>Спробуйте ще раз через %1 с.</translation>
    </message>
    <message>
        <source>Please wait %1 seconds.</source>
        <translation>Зачекайте, будь ласка, %1 с.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Locked for %1 seconds.</source>
        <translation>Забагато неправильних PIN. Заблоковано на %1 с.</translation>
    </message>
    <message>
        <source>No staff PIN is set. Ask IT to run &apos;kiosk staff set-pin&apos;.</source>
        <translation>PIN для персоналу не задано. Попросіть ІТ виконати &apos;kiosk staff set-pin&apos;.</translation>
    </message>
    <message>
        <source>The PIN check does not work. Please tell IT.</source>
        <translation>Перевірка PIN не працює. Повідомте ІТ.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Перевірка …</translation>
    </message>
</context>
<context>
    <name>PrintOverlay</name>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Your print is ready.</source>
        <translation>Ваш друк готовий.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Закрити це повідомлення</translation>
    </message>
</context>
<context>
    <name>ScanOverlay</name>
    <message>
        <source>The paper is stuck in the scanner. Please ask the staff.</source>
        <translation>Папір застряг у сканері. Будь ласка, зверніться до персоналу.</translation>
    </message>
    <message>
        <source>There is no paper in the scanner. Please put a page in.</source>
        <translation>У сканері немає паперу. Будь ласка, покладіть сторінку.</translation>
    </message>
    <message>
        <source>The scanner lid is open. Please close it.</source>
        <translation>Кришка сканера відкрита. Будь ласка, закрийте її.</translation>
    </message>
    <message>
        <source>The scanner is busy. Please wait a moment and try again.</source>
        <translation>Сканер зайнятий. Будь ласка, трохи зачекайте й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The scanner does not answer. Please ask the staff.</source>
        <translation>Сканер не відповідає. Будь ласка, зверніться до персоналу.</translation>
    </message>
    <message>
        <source>Scanning did not work. Please try again.</source>
        <translation>Сканування не вдалося. Будь ласка, спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Scan a document</source>
        <translation>Сканувати документ</translation>
    </message>
    <message>
        <source>Scanning page %1 …</source>
        <translation>Сканується сторінка %1 …</translation>
    </message>
    <message>
        <source>Put the first page face down on the glass and close the lid. Then press “Scan page”.</source>
        <translation>Покладіть першу сторінку текстом донизу на скло й закрийте кришку. Потім натисніть «Сканувати сторінку».</translation>
    </message>
    <message>
        <source>That is the most pages for one document.</source>
        <translation>Більше сторінок в один документ не вміщується.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned. Put in the next page, or save the document.</source>
        <translation>
            <numerusform>Відскановано %n сторінку. Покладіть наступну сторінку або збережіть документ.</numerusform>
            <numerusform>Відскановано %n сторінки. Покладіть наступну сторінку або збережіть документ.</numerusform>
            <numerusform>Відскановано %n сторінок. Покладіть наступну сторінку або збережіть документ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Чорно-біле</translation>
    </message>
    <message>
        <source>Scan in grey</source>
        <translation>Сканувати в сірому</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Кольорове</translation>
    </message>
    <message>
        <source>Scan in colour</source>
        <translation>Сканувати в кольорі</translation>
    </message>
    <message>
        <source>Scan page</source>
        <translation>Сканувати сторінку</translation>
    </message>
    <message>
        <source>Scan next page</source>
        <translation>Сканувати наступну сторінку</translation>
    </message>
    <message>
        <source>Scan the page on the glass</source>
        <translation>Сканувати сторінку на склі</translation>
    </message>
    <message>
        <source>Scan this page again</source>
        <translation>Сканувати цю сторінку ще раз</translation>
    </message>
    <message>
        <source>Throw away the last page and scan it again</source>
        <translation>Відкинути останню сторінку й сканувати її знову</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Зберегти як PDF</translation>
    </message>
    <message>
        <source>Put the pages into one PDF file in My documents</source>
        <translation>Зібрати сторінки в один файл PDF у «Мої документи»</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Throw the pages away</source>
        <translation>Відкинути сторінки</translation>
    </message>
    <message>
        <source>Preview of page %1</source>
        <translation>Попередній перегляд сторінки %1</translation>
    </message>
    <message>
        <source>No page yet</source>
        <translation>Ще немає сторінки</translation>
    </message>
</context>
<context>
    <name>ServiceView</name>
    <message>
        <source>Web page</source>
        <translation>Вебсторінка</translation>
    </message>
    <message>
        <source>This page is not part of this service</source>
        <translation>Ця сторінка не належить до цієї послуги</translation>
    </message>
    <message>
        <source>The address {host} cannot be opened here.</source>
        <translation>Адресу {host} тут не можна відкрити.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(невідомо)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Logging in with the ID card is not possible at this computer right now. Please ask the staff.</source>
        <translation>Вхід за допомогою посвідчення на цьому комп&apos;ютері зараз неможливий. Будь ласка, зверніться до персоналу.</translation>
    </message>
    <message>
        <source>This link opens another program</source>
        <translation>Це посилання відкриває іншу програму</translation>
    </message>
    <message>
        <source>Other programs cannot be opened on this computer. Please ask the staff.</source>
        <translation>Інші програми на цьому комп&apos;ютері відкрити не можна. Зверніться до працівників.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
    <message>
        <source>Online ID card</source>
        <translation>Онлайн-посвідчення</translation>
    </message>
    <message>
        <source>Files cannot be uploaded to this service.</source>
        <translation>До цієї послуги не можна завантажувати файли.</translation>
    </message>
    <message>
        <source>Printing is not available on this computer.</source>
        <translation>Друк на цьому комп&apos;ютері недоступний.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>The page says</source>
        <translation>Сторінка повідомляє</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>This page stopped working</source>
        <translation>Ця сторінка перестала працювати</translation>
    </message>
    <message>
        <source>You can load it again or end your session.</source>
        <translation>Ви можете завантажити її знову або завершити сеанс.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Завершити сеанс</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Time is almost up</source>
        <translation>Час майже закінчився</translation>
    </message>
    <message numerus="yes">
        <source>Your session ends in %n minute(s). Please finish and save or print what you need.</source>
        <translation>
            <numerusform>Сеанс завершиться через %n хвилину. Збережіть або надрукуйте потрібне.</numerusform>
            <numerusform>Сеанс завершиться через %n хвилини. Збережіть або надрукуйте потрібне.</numerusform>
            <numerusform>Сеанс завершиться через %n хвилин. Збережіть або надрукуйте потрібне.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShellBar</name>
    <message>
        <source>No page open</source>
        <translation>Жодної сторінки не відкрито</translation>
    </message>
    <message>
        <source>secure</source>
        <translation>захищено</translation>
    </message>
    <message>
        <source>not secure</source>
        <translation>не захищено</translation>
    </message>
    <message>
        <source>Page address: {host}</source>
        <translation>Адреса сторінки: {host}</translation>
    </message>
    <message>
        <source>Card reader ready</source>
        <translation>Зчитувач карток готовий</translation>
    </message>
    <message>
        <source>Card on the reader</source>
        <translation>Картка на зчитувачі</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>Немає зчитувача карток</translation>
    </message>
    <message>
        <source>Card reader not working</source>
        <translation>Зчитувач карток не працює</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Залишилася %n хвилина</numerusform>
            <numerusform>Залишилося %n хвилини</numerusform>
            <numerusform>Залишилося %n хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Зупинити читання</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Читати вголос</translation>
    </message>
    <message>
        <source>Read this screen aloud; press again to stop</source>
        <translation>Читає цей екран уголос. Натисніть ще раз, щоб зупинити</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
    <message>
        <source>Show all services</source>
        <translation>Показати всі послуги</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Попередня сторінка</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперед</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Наступна сторінка</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Load the page again</source>
        <translation>Завантажити сторінку знову</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Менший текст</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Більший текст</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation>Надрукувати цю сторінку</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Мої документи</translation>
    </message>
    <message>
        <source>Files saved in this session</source>
        <translation>Файли, збережені в цьому сеансі</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Клавіатура</translation>
    </message>
    <message>
        <source>Show or hide the keyboard on the screen</source>
        <translation>Показати або сховати клавіатуру на екрані</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Екран</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translation>Розмір тексту та кольори</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Змінити мову</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Допомога</translation>
    </message>
    <message>
        <source>How to get help</source>
        <translation>Як отримати допомогу</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Завершити сеанс</translation>
    </message>
    <message>
        <source>Finish and delete everything</source>
        <translation>Завершити й усе видалити</translation>
    </message>
</context>
<context>
    <name>ShellDocuments</name>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Скан</translation>
    </message>
    <message>
        <source>Saved on your USB stick</source>
        <translation>Збережено на вашій флешці</translation>
    </message>
    <message>
        <source>The file is now on your USB stick.</source>
        <translation>Файл тепер на вашій флешці.</translation>
    </message>
    <message>
        <source>The USB stick was taken out</source>
        <translation>Флешку вийняли</translation>
    </message>
    <message>
        <source>The file was not saved. Please plug the stick in again and try once more.</source>
        <translation>Файл не збережено. Будь ласка, вставте флешку знову й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Your USB stick is full</source>
        <translation>Ваша флешка заповнена</translation>
    </message>
    <message>
        <source>The file was not saved. There is no room left on the stick.</source>
        <translation>Файл не збережено. На флешці більше немає місця.</translation>
    </message>
    <message>
        <source>This USB stick cannot be used</source>
        <translation>Цю флешку не можна використати</translation>
    </message>
    <message>
        <source>The computer cannot read this stick. Please ask the staff for help.</source>
        <translation>Комп’ютер не може прочитати цю флешку. Будь ласка, попросіть допомоги в персоналу.</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Це не вдалося</translation>
    </message>
    <message>
        <source>Please try again or ask the staff.</source>
        <translation>Будь ласка, спробуйте ще раз або зверніться до персоналу.</translation>
    </message>
</context>
<context>
    <name>SpeechRow</name>
    <message>
        <source>Reading speed: {step} of {count}</source>
        <translation>Швидкість читання: {step} з {count}</translation>
    </message>
    <message>
        <source>Read slower</source>
        <translation>Читати повільніше</translation>
    </message>
    <message>
        <source>Speak more slowly</source>
        <translation>Говорити повільніше</translation>
    </message>
    <message>
        <source>Read faster</source>
        <translation>Читати швидше</translation>
    </message>
    <message>
        <source>Speak more quickly</source>
        <translation>Говорити швидше</translation>
    </message>
    <message>
        <source>Read messages aloud: on</source>
        <translation>Читати повідомлення вголос: увімкнено</translation>
    </message>
    <message>
        <source>Read messages aloud: off</source>
        <translation>Читати повідомлення вголос: вимкнено</translation>
    </message>
    <message>
        <source>Say warnings and messages aloud when they appear</source>
        <translation>Читати попередження й повідомлення вголос, щойно вони з’являються</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>Панель персоналу</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Що сталося</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Цей комп’ютер</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Мережа</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Message residents will see while out of service</source>
        <translation>Повідомлення, яке бачать відвідувачі, поки комп’ютер не працює</translation>
    </message>
    <message>
        <source>Screen reader on or off</source>
        <translation>Екранний диктор: увімкнути або вимкнути</translation>
    </message>
    <message>
        <source>Loading the station state …</source>
        <translation>Завантаження стану комп&apos;ютера …</translation>
    </message>
    <message>
        <source>The station state cannot be read.</source>
        <translation>Не вдається прочитати стан комп’ютера.</translation>
    </message>
    <message>
        <source>Version %1, running for %2.</source>
        <translation>Версія %1, працює %2.</translation>
    </message>
    <message>
        <source>Disk: %1% free.</source>
        <translation>Диск: вільно %1%.</translation>
    </message>
    <message>
        <source>Out of service.</source>
        <translation>Не працює.</translation>
    </message>
    <message>
        <source>A card was left in the card reader.</source>
        <translation>У зчитувачі карток забули картку.</translation>
    </message>
    <message>
        <source>Deleting the last session&apos;s data failed. Press “Back in service” to try again; if that fails too, tell IT.</source>
        <translation>Не вдалося видалити дані останнього сеансу. Натисніть «Знову працює», щоб спробувати ще раз; якщо й це не допоможе, повідомте ІТ.</translation>
    </message>
    <message>
        <source>Residents see: %1</source>
        <translation>Відвідувачі бачать: %1</translation>
    </message>
    <message>
        <source>In service.</source>
        <translation>Працює.</translation>
    </message>
    <message>
        <source>A resident is using the station.</source>
        <translation>Комп’ютером хтось користується.</translation>
    </message>
    <message>
        <source>Nobody is using the station.</source>
        <translation>Комп’ютером ніхто не користується.</translation>
    </message>
    <message>
        <source>A card was left behind. Take it, keep it safe, then press “Forgotten card taken”.</source>
        <translation>Хтось забув картку. Вийміть її, збережіть у безпечному місці й натисніть «Забуту картку забрано».</translation>
    </message>
    <message>
        <source>Card readers: none found.</source>
        <translation>Зчитувачі карток: не знайдено.</translation>
    </message>
    <message>
        <source>%1: a card is inserted.</source>
        <translation>%1: картку вставлено.</translation>
    </message>
    <message>
        <source>%1: no card.</source>
        <translation>%1: картки немає.</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Відвідувань: %1</translation>
    </message>
    <message>
        <source>Pages printed: %1</source>
        <translation>Надруковано сторінок: %1</translation>
    </message>
    <message>
        <source>ID card uses: %1</source>
        <translation>Використань ID-картки: %1</translation>
    </message>
    <message>
        <source>Cards left behind: %1</source>
        <translation>Забутих карток: %1</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>Сканер: %1</translation>
    </message>
    <message>
        <source>Pages scanned: %1</source>
        <translation>Відскановано сторінок: %1</translation>
    </message>
    <message>
        <source>To collect for printing: %1</source>
        <translation>Отримати за друк: %1</translation>
    </message>
    <message>
        <source>Network: connected.</source>
        <translation>Мережа: підключено.</translation>
    </message>
    <message>
        <source>Network: not connected.</source>
        <translation>Мережа: не підключено.</translation>
    </message>
    <message>
        <source>Network: unknown.</source>
        <translation>Мережа: невідомо.</translation>
    </message>
    <message>
        <source>Usage upload: not set up for this station.</source>
        <translation>Передавання даних про використання: для цього комп’ютера не налаштовано.</translation>
    </message>
    <message>
        <source>Last usage upload: never.</source>
        <translation>Остання передача даних про використання: ще жодного разу.</translation>
    </message>
    <message>
        <source>Last usage upload: %1.</source>
        <translation>Остання передача даних про використання: %1.</translation>
    </message>
    <message>
        <source>The last try failed (%1). It is tried again later.</source>
        <translation>Остання спроба не вдалася (%1). Пізніше буде ще одна спроба.</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>сьогодні о %1</translation>
    </message>
    <message>
        <source>Printing is off at this station.</source>
        <translation>На цьому комп’ютері друк вимкнено.</translation>
    </message>
    <message>
        <source>Printer: ready.</source>
        <translation>Принтер: готовий.</translation>
    </message>
    <message>
        <source>Printer: printing.</source>
        <translation>Принтер: друкує.</translation>
    </message>
    <message>
        <source>Printer: stopped.</source>
        <translation>Принтер: зупинено.</translation>
    </message>
    <message>
        <source>Printer: cannot be reached. If this stays, tell IT.</source>
        <translation>Принтер: недоступний. Якщо так і залишиться, повідомте ІТ.</translation>
    </message>
    <message>
        <source>Printer: not set up on this computer. Tell IT.</source>
        <translation>Принтер: на цьому комп’ютері не налаштовано. Повідомте ІТ.</translation>
    </message>
    <message>
        <source>Needs attention since %1: %2</source>
        <translation>Потребує уваги з %1: %2</translation>
    </message>
    <message>
        <source>a print job made no progress and was cancelled.</source>
        <translation>завдання друку не просувалося і було скасоване.</translation>
    </message>
    <message>
        <source>At %1 the print service stopped during a print job and started again. The job was kept.</source>
        <translation>О %1 служба друку зупинилася під час завдання друку і запустилася знову. Завдання збережено.</translation>
    </message>
    <message>
        <source>The printer takes no new print jobs.</source>
        <translation>Принтер не приймає нових завдань друку.</translation>
    </message>
    <message>
        <source>Paper jam.</source>
        <translation>Застрягання паперу.</translation>
    </message>
    <message>
        <source>Out of paper.</source>
        <translation>Немає паперу.</translation>
    </message>
    <message>
        <source>Paper is running low.</source>
        <translation>Папір закінчується.</translation>
    </message>
    <message>
        <source>Toner or ink is empty.</source>
        <translation>Тонер або чорнило закінчилися.</translation>
    </message>
    <message>
        <source>Toner or ink is running low.</source>
        <translation>Тонер або чорнило закінчуються.</translation>
    </message>
    <message>
        <source>A door or cover is open.</source>
        <translation>Відкрита кришка або дверцята.</translation>
    </message>
    <message>
        <source>The printer is off or not connected.</source>
        <translation>Принтер вимкнений або не підключений.</translation>
    </message>
    <message>
        <source>The print queue is paused.</source>
        <translation>Чергу друку призупинено.</translation>
    </message>
    <message>
        <source>The printer reports: %1</source>
        <translation>Принтер повідомляє: %1</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>%1: level unknown</source>
        <translation>%1: рівень невідомий</translation>
    </message>
    <message>
        <source>(low)</source>
        <translation>(мало)</translation>
    </message>
    <message>
        <source>Supplies: %1</source>
        <translation>Витратні матеріали: %1</translation>
    </message>
    <message>
        <source>No print jobs are waiting.</source>
        <translation>Немає завдань друку в черзі.</translation>
    </message>
    <message>
        <source>Print jobs: %1; the oldest are shown.</source>
        <translation>Завдань друку: %1; показано найстаріші.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>очікує</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>призупинено</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>друкується</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>зупинено</translation>
    </message>
    <message>
        <source>Cancel print job %1 (%2, pages: %3)</source>
        <translation>Скасувати друк %1 (%2, сторінок: %3)</translation>
    </message>
    <message>
        <source>Cancel print job %1 (%2)</source>
        <translation>Скасувати друк %1 (%2)</translation>
    </message>
    <message>
        <source>The session was ended. Everything of it is being deleted.</source>
        <translation>Сеанс завершено. Усе з нього видаляється.</translation>
    </message>
    <message>
        <source>The station is out of service. Residents see your message.</source>
        <translation>Комп’ютер не працює. Відвідувачі бачать ваше повідомлення.</translation>
    </message>
    <message>
        <source>The station is out of service.</source>
        <translation>Комп’ютер не працює.</translation>
    </message>
    <message>
        <source>The station is back in service.</source>
        <translation>Комп’ютер знову працює.</translation>
    </message>
    <message>
        <source>Thank you. The station no longer waits for the card.</source>
        <translation>Дякуємо. Комп’ютер більше не чекає на картку.</translation>
    </message>
    <message>
        <source>The screen reader is on until the session ends.</source>
        <translation>Екранний диктор увімкнено до кінця сеансу.</translation>
    </message>
    <message>
        <source>The screen reader is off.</source>
        <translation>Екранний диктор вимкнено.</translation>
    </message>
    <message>
        <source>Cancelling print job %1 …</source>
        <translation>Скасування друку %1 …</translation>
    </message>
    <message>
        <source>Sending the test page …</source>
        <translation>Надсилання тестової сторінки …</translation>
    </message>
    <message>
        <source>That did not work. Please tell IT.</source>
        <translation>Не вдалося. Будь ласка, повідомте ІТ.</translation>
    </message>
    <message>
        <source>Print job %1 had already ended.</source>
        <translation>Друк %1 уже завершився.</translation>
    </message>
    <message>
        <source>Print job %1 was not sent from this station; it cannot be cancelled here.</source>
        <translation>Друк %1 надіслано не з цього комп’ютера; його не можна скасувати тут.</translation>
    </message>
    <message>
        <source>The printer cannot be reached. Please try again; if it keeps failing, tell IT.</source>
        <translation>Принтер недоступний. Спробуйте ще раз; якщо не вдається й далі, повідомте ІТ.</translation>
    </message>
    <message>
        <source>Print job %1 was cancelled.</source>
        <translation>Друк %1 скасовано.</translation>
    </message>
    <message>
        <source>The test page was sent to the printer (job %1).</source>
        <translation>Тестову сторінку надіслано на принтер (завдання %1).</translation>
    </message>
    <message>
        <source>Message for residents</source>
        <translation>Повідомлення для відвідувачів</translation>
    </message>
    <message>
        <source>Version and disk</source>
        <translation>Версія та диск</translation>
    </message>
    <message>
        <source>End the session now</source>
        <translation>Завершити сеанс зараз</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Не працює</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Знову працює</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Надрукувати тестову сторінку</translation>
    </message>
    <message>
        <source>Forgotten card taken</source>
        <translation>Забуту картку забрано</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокувати</translation>
    </message>
</context>
<context>
    <name>TakeStickOverlay</name>
    <message>
        <source>Please take your USB stick</source>
        <translation>Будь ласка, заберіть свою флешку</translation>
    </message>
    <message>
        <source>Your session has ended. Your USB stick is still in the computer. Please take it with you now.</source>
        <translation>Ваш сеанс завершено. Ваша флешка ще в комп’ютері. Будь ласка, заберіть її зараз.</translation>
    </message>
    <message>
        <source>I have my stick</source>
        <translation>Я забрав(ла) флешку</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Закрити це повідомлення</translation>
    </message>
</context>
<context>
    <name>TermsScreen</name>
    <message>
        <source>Rules for using this computer</source>
        <translation>Правила користування цим комп&apos;ютером</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Я погоджуюся</translation>
    </message>
    <message>
        <source>Accept the rules and continue</source>
        <translation>Прийняти правила й продовжити</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Go back to the start screen</source>
        <translation>Повернутися на початковий екран</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Log in to your citizen account</source>
        <translation>Увійти до свого облікового запису громадянина</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Stop reading</source>
        <translation>Зупинити читання</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Читати вголос</translation>
    </message>
    <message>
        <source>Read this screen aloud; press again to stop</source>
        <translation>Читає цей екран уголос. Натисніть ще раз, щоб зупинити</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Ласкаво просимо</translation>
    </message>
    <message>
        <source>You can use this computer for free. When you are done, everything of yours is deleted.</source>
        <translation>Ви можете безкоштовно користуватися цим комп&apos;ютером. Коли закінчите, усе ваше буде видалено.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
    <message>
        <source>Begin using this computer</source>
        <translation>Почати користуватися комп&apos;ютером</translation>
    </message>
    <message>
        <source>Show all texts in this language</source>
        <translation>Показати всі тексти цією мовою</translation>
    </message>
    <message>
        <source>Bigger text and contrast</source>
        <translation>Більший текст і контраст</translation>
    </message>
    <message>
        <source>Change the text size and the colours</source>
        <translation>Змінити розмір тексту та кольори</translation>
    </message>
</context>
<context>
    <name>WipingScreen</name>
    <message>
        <source>Deleting your data … one moment</source>
        <translation>Ваші дані видаляються … хвилинку</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Write an application</source>
        <translation>Написати заявку на роботу</translation>
    </message>
    <message>
        <source>CV and cover letter, step by step</source>
        <translation>Резюме і супровідний лист крок за кроком</translation>
    </message>
</context>
<context>
    <name>WriterScreen</name>
    <message>
        <source>Please write your name in the first step first.</source>
        <translation>Спочатку напишіть своє ім’я на першому кроці.</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Створюємо PDF…</translation>
    </message>
    <message>
        <source>Saved in “My documents” as PDF and as Word file. To send it, open the job portal and choose the file there.</source>
        <translation>Збережено в «Мої документи» як PDF і файл Word. Щоб надіслати, відкрийте портал вакансій і виберіть там файл.</translation>
    </message>
    <message>
        <source>This photo cannot be used. Please choose another picture or “No photo” in the step “Photo”.</source>
        <translation>Це фото не можна використати. Виберіть інше зображення або «Без фото» на кроці «Фото».</translation>
    </message>
    <message>
        <source>The PDF could not be made. Please ask the staff.</source>
        <translation>Не вдалося створити PDF. Зверніться до працівників.</translation>
    </message>
    <message>
        <source>First and last name (needed)</source>
        <translation>Ім’я та прізвище (обов’язково)</translation>
    </message>
    <message>
        <source>Street and house number</source>
        <translation>Вулиця і номер будинку</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Поштовий індекс і місто</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <source>Date and place of birth (optional)</source>
        <translation>Дата і місце народження (за бажанням)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Contact person (e.g. Frau Müller)</source>
        <translation>Контактна особа (напр. Frau Müller)</translation>
    </message>
    <message>
        <source>Company: street and number</source>
        <translation>Компанія: вулиця і номер</translation>
    </message>
    <message>
        <source>Company: postcode and town</source>
        <translation>Компанія: індекс і місто</translation>
    </message>
    <message>
        <source>Subject (e.g. Bewerbung als Verkäuferin)</source>
        <translation>Тема (напр. Bewerbung als Verkäuferin)</translation>
    </message>
    <message>
        <source>Where you saw the job (optional)</source>
        <translation>Де ви побачили вакансію (за бажанням)</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Звертання</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Місце і дата</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Про вас</translation>
    </message>
    <message>
        <source>Only your name is needed. Leave out what you do not want to give.</source>
        <translation>Потрібне лише ваше ім’я. Пропустіть те, чого не хочете вказувати.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>A photo is optional in Germany. Choose one from “My documents”, or none.</source>
        <translation>Фото в Німеччині не обов’язкове. Виберіть його з «Мої документи» або жодного.</translation>
    </message>
    <message>
        <source>School and training</source>
        <translation>Школа і навчання</translation>
    </message>
    <message>
        <source>The newest first. You can skip this step.</source>
        <translation>Спочатку найновіше. Цей крок можна пропустити.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Робота</translation>
    </message>
    <message>
        <source>Jobs, internships, voluntary work: the newest first.</source>
        <translation>Робота, практика, волонтерство: спочатку найновіше.</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навички</translation>
    </message>
    <message>
        <source>One skill a line, e.g. driving licence B, computer, cash desk.</source>
        <translation>Одна навичка в рядку, напр. посвідчення водія B, комп’ютер, каса.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>Every language you speak counts.</source>
        <translation>Кожна мова, якою ви говорите, важлива.</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Інтереси</translation>
    </message>
    <message>
        <source>One a line, e.g. football, cooking. You can skip this step.</source>
        <translation>По одному в рядку, напр. футбол, кулінарія. Цей крок можна пропустити.</translation>
    </message>
    <message>
        <source>Cover letter: to whom</source>
        <translation>Супровідний лист: кому</translation>
    </message>
    <message>
        <source>The company&apos;s address goes into the window of the envelope.</source>
        <translation>Адреса компанії буде видна у віконці конверта.</translation>
    </message>
    <message>
        <source>Cover letter: your text</source>
        <translation>Супровідний лист: ваш текст</translation>
    </message>
    <message>
        <source>Write a few sentences for each part. Words the spell checker does not know are underlined in red.</source>
        <translation>Напишіть кілька речень до кожної частини. Слова, яких не знає перевірка правопису, підкреслено червоним.</translation>
    </message>
    <message>
        <source>Make the documents</source>
        <translation>Створити документи</translation>
    </message>
    <message>
        <source>Each is saved as PDF and as Word file in “My documents”.</source>
        <translation>Кожен зберігається як PDF і файл Word у «Мої документи».</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>The step before</source>
        <translation>Попередній крок</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>The next step; you can skip it</source>
        <translation>Наступний крок; його можна пропустити</translation>
    </message>
    <message>
        <source>Make CV (PDF)</source>
        <translation>Створити резюме (PDF)</translation>
    </message>
    <message>
        <source>Save the CV as PDF and Word file</source>
        <translation>Зберегти резюме як PDF і файл Word</translation>
    </message>
    <message>
        <source>Make cover letter (PDF)</source>
        <translation>Створити супровідний лист (PDF)</translation>
    </message>
    <message>
        <source>Save the cover letter as PDF and Word file</source>
        <translation>Зберегти супровідний лист як PDF і файл Word</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Show the PDF</source>
        <translation>Показати PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друкувати</translation>
    </message>
    <message>
        <source>Print the PDF (you see the price first)</source>
        <translation>Надрукувати PDF (спочатку ви побачите ціну)</translation>
    </message>
</context>
<context>
    <name>_LoginOverlay</name>
    <message>
        <source>User name</source>
        <translation>Ім&apos;я користувача</translation>
    </message>
    <message>
        <source>The page asks you to log in</source>
        <translation>Сторінка просить вас увійти</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Shown as dots only</source>
        <translation>Показується лише крапками</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <source>Send the name and password</source>
        <translation>Надіслати ім&apos;я та пароль</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Do not log in</source>
        <translation>Не входити</translation>
    </message>
    <message>
        <source>{host} asks you to log in</source>
        <translation>{host} просить вас увійти</translation>
    </message>
</context>
</TS>
