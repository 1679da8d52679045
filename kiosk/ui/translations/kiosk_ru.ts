<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>BarActions</name>
    <message>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Printing is not available on this computer. Please ask the staff.</source>
        <translation>Печать на этом компьютере недоступна. Обратитесь к сотрудникам.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>Please ask the staff in this office. They are glad to help you.</source>
        <translation>Обратитесь к сотрудникам этого офиса. Они охотно помогут.</translation>
    </message>
    <message>
        <source>File saved</source>
        <translation>Файл сохранён</translation>
    </message>
    <message>
        <source>You find it under “My documents”. It is deleted when you end.</source>
        <translation>Он находится в «Мои документы». Он удалится в конце.</translation>
    </message>
    <message>
        <source>This file cannot be saved</source>
        <translation>Этот файл нельзя сохранить</translation>
    </message>
    <message>
        <source>Only documents such as PDF files and pictures can be saved here.</source>
        <translation>Здесь можно сохранять только документы, например файлы PDF и картинки.</translation>
    </message>
</context>
<context>
    <name>BodyStep</name>
    <message>
        <source>Tap a word first, then “Spelling help”.</source>
        <translation>Сначала коснитесь слова, затем «Помощь с орфографией».</translation>
    </message>
    <message>
        <source>“%1” is spelt right.</source>
        <translation>«%1» написано правильно.</translation>
    </message>
    <message>
        <source>Instead of “%1”:</source>
        <translation>Вместо «%1»:</translation>
    </message>
    <message>
        <source>No suggestion for “%1”.</source>
        <translation>Нет предложений для «%1».</translation>
    </message>
    <message>
        <source>Put this word in instead</source>
        <translation>Вставить это слово вместо</translation>
    </message>
    <message>
        <source>1. Start: which job you apply for and where you saw it (e.g. “I read your advertisement on the job portal…”).</source>
        <translation>1. Начало: на какую должность вы подаёте заявку и где увидели вакансию (напр. «Я прочитал(а) ваше объявление на портале вакансий…»).</translation>
    </message>
    <message>
        <source>2. About you: what you have learned and done so far that fits this job. Give one or two examples.</source>
        <translation>2. О вас: чему вы научились и что делали, что подходит для этой работы. Приведите один-два примера.</translation>
    </message>
    <message>
        <source>3. Why this company: what you like about the company and the work, and what you can bring to it.</source>
        <translation>3. Почему эта компания: что вам нравится в компании и работе и что вы можете ей дать.</translation>
    </message>
    <message>
        <source>4. End: from when you can start, and that you look forward to an interview.</source>
        <translation>4. Конец: с какого времени вы можете начать и что ждёте собеседования.</translation>
    </message>
    <message>
        <source>Words the spell checker does not know are underlined</source>
        <translation>Слова, которых не знает проверка орфографии, подчёркнуты</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Жирный</translation>
    </message>
    <message>
        <source>Make the chosen words bold</source>
        <translation>Сделать выбранные слова жирными</translation>
    </message>
    <message>
        <source>Spelling help</source>
        <translation>Помощь с орфографией</translation>
    </message>
    <message>
        <source>Suggestions for the word at the cursor</source>
        <translation>Предложения для слова у курсора</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Список</translation>
    </message>
    <message>
        <source>Make this paragraph a list point, or a paragraph again</source>
        <translation>Сделать абзац пунктом списка или снова абзацем</translation>
    </message>
</context>
<context>
    <name>CardLeftScreen</name>
    <message>
        <source>Your card is still in the reader</source>
        <translation>Ваша карта ещё в считывателе</translation>
    </message>
    <message>
        <source>Picture: a card in the card reader</source>
        <translation>Изображение: карта в считывателе</translation>
    </message>
    <message>
        <source>Please take your card</source>
        <translation>Пожалуйста, заберите карту</translation>
    </message>
    <message>
        <source>Your card is still in the card reader.</source>
        <translation>Ваша карта ещё в считывателе карт.</translation>
    </message>
    <message>
        <source>The card reader is {where}.</source>
        <translation>Считыватель карт: {where}.</translation>
    </message>
    <message>
        <source>A card was left in the reader</source>
        <translation>В считывателе оставили карту</translation>
    </message>
    <message>
        <source>Please ask the staff for help.</source>
        <translation>Пожалуйста, обратитесь к сотрудникам.</translation>
    </message>
</context>
<context>
    <name>ConfirmEndOverlay</name>
    <message>
        <source>End your session?</source>
        <translation>Завершить сеанс?</translation>
    </message>
    <message>
        <source>Everything of yours on this computer will be deleted: pages, logins and files.</source>
        <translation>Всё ваше на этом компьютере будет удалено: страницы, входы в аккаунты и файлы.</translation>
    </message>
    <message>
        <source>Yes, end and delete</source>
        <translation>Да, завершить и удалить</translation>
    </message>
    <message>
        <source>End the session now</source>
        <translation>Завершить сеанс сейчас</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Нет, назад</translation>
    </message>
    <message>
        <source>Keep using this computer</source>
        <translation>Продолжить пользоваться компьютером</translation>
    </message>
</context>
<context>
    <name>ConfirmWidget</name>
    <message>
        <source>Print confirmation</source>
        <translation>Подтверждение печати</translation>
    </message>
    <message>
        <source>Print this document?</source>
        <translation>Напечатать этот документ?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Print now</source>
        <translation>Печатать сейчас</translation>
    </message>
    <message>
        <source>Send it to the printer</source>
        <translation>Отправить на принтер</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Do not print</source>
        <translation>Не печатать</translation>
    </message>
    <message>
        <source>Back to the page</source>
        <translation>Назад к странице</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Страниц: %1</translation>
    </message>
    <message>
        <source>Sheets of paper: %1</source>
        <translation>Листов бумаги: %1</translation>
    </message>
    <message>
        <source>Price: %1 (please pay the staff)</source>
        <translation>Цена: %1 (оплатите сотрудникам)</translation>
    </message>
    <message>
        <source>Price: free</source>
        <translation>Цена: бесплатно</translation>
    </message>
    <message>
        <source>Free pages left after this: %1</source>
        <translation>Бесплатных страниц останется: %1</translation>
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
        <translation>Показывается только точкой</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Удалить последнюю цифру</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Send the number</source>
        <translation>Отправить число</translation>
    </message>
    <message>
        <source>{typed} of {length} digits entered</source>
        <translation>Введено {typed} из {length} цифр</translation>
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
        <translation>Экран</translation>
    </message>
    <message>
        <source>Make the text bigger or change the colours.</source>
        <translation>Сделайте текст крупнее или измените цвета.</translation>
    </message>
    <message>
        <source>Text size: {percent} %</source>
        <translation>Размер текста: {percent} %</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Крупнее текст</translation>
    </message>
    <message>
        <source>Make all text on the screen bigger</source>
        <translation>Увеличить весь текст на экране</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <source>Make all text on the screen smaller</source>
        <translation>Уменьшить весь текст на экране</translation>
    </message>
    <message>
        <source>Strong contrast: on</source>
        <translation>Сильный контраст: включён</translation>
    </message>
    <message>
        <source>Strong contrast: off</source>
        <translation>Сильный контраст: выключен</translation>
    </message>
    <message>
        <source>Black background with bright text and yellow buttons</source>
        <translation>Чёрный фон, светлый текст и жёлтые кнопки</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Back to what you were doing</source>
        <translation>Вернуться к тому, что вы делали</translation>
    </message>
</context>
<context>
    <name>DocumentsOverlay</name>
    <message>
        <source>No files yet. Files you download appear here.</source>
        <translation>Файлов пока нет. Скачанные файлы появятся здесь.</translation>
    </message>
    <message>
        <source>Choose a file to send</source>
        <translation>Выберите файл для отправки</translation>
    </message>
    <message>
        <source>Only files saved in this session are shown.</source>
        <translation>Показаны только файлы, сохранённые в этом сеансе.</translation>
    </message>
    <message>
        <source>Send this file</source>
        <translation>Отправить этот файл</translation>
    </message>
    <message>
        <source>Reading your USB stick …</source>
        <translation>Читаем вашу флешку …</translation>
    </message>
    <message>
        <source>Your USB stick has no file that can be sent here.</source>
        <translation>На вашей флешке нет файла, который можно отправить здесь.</translation>
    </message>
    <message>
        <source>Choose a file from your USB stick</source>
        <translation>Выберите файл с вашей флешки</translation>
    </message>
    <message>
        <source>Only documents and pictures are shown. Nothing is changed.</source>
        <translation>Показаны только документы и изображения. Ничего не меняется.</translation>
    </message>
    <message>
        <source>Give the chosen file to the page</source>
        <translation>Передать выбранный файл странице</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Мои документы</translation>
    </message>
    <message>
        <source>Files you saved in this session. They are deleted when you end.</source>
        <translation>Файлы, сохранённые в этом сеансе. Они удалятся в конце.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show the chosen file</source>
        <translation>Показать выбранный файл</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Print the chosen file</source>
        <translation>Напечатать выбранный файл</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Send no file</source>
        <translation>Не отправлять файл</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Back to the page</source>
        <translation>Назад к странице</translation>
    </message>
    <message>
        <source>Scan a document</source>
        <translation>Сканировать документ</translation>
    </message>
    <message>
        <source>Scan paper pages into one PDF file</source>
        <translation>Сканировать бумажные страницы в один файл PDF</translation>
    </message>
    <message>
        <source>Save to USB stick</source>
        <translation>Сохранить на флешку</translation>
    </message>
    <message>
        <source>Copy the chosen file to your USB stick</source>
        <translation>Скопировать выбранный файл на вашу флешку</translation>
    </message>
    <message>
        <source>Back to my documents</source>
        <translation>Назад к моим документам</translation>
    </message>
    <message>
        <source>Show the files of this session again</source>
        <translation>Снова показать файлы этого сеанса</translation>
    </message>
    <message>
        <source>From my USB stick</source>
        <translation>С моей флешки</translation>
    </message>
</context>
<context>
    <name>EidGuide</name>
    <message>
        <source>Online ID card</source>
        <translation>Онлайн-удостоверение</translation>
    </message>
    <message>
        <source>A service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>{provider} asks for data from your ID card</source>
        <translation>{provider} запрашивает данные из вашего удостоверения</translation>
    </message>
    <message>
        <source>These data will be sent:</source>
        <translation>Будут отправлены следующие данные:</translation>
    </message>
    <message>
        <source>Provider: {url}</source>
        <translation>Поставщик: {url}</translation>
    </message>
    <message>
        <source>Place your ID card on the card reader</source>
        <translation>Положите удостоверение на считыватель карт</translation>
    </message>
    <message>
        <source>Leave it there until the login is finished.</source>
        <translation>Оставьте его там, пока вход не завершится.</translation>
    </message>
    <message>
        <source>The card reader is {where}.</source>
        <translation>Считыватель карт {where}.</translation>
    </message>
    <message>
        <source>Type it on the keys of the card reader, then press its OK key.</source>
        <translation>Введите число на клавишах считывателя карт, затем нажмите на нём клавишу OK.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>Не получилось. Пожалуйста, попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The PIN was wrong once. Please check it carefully.</source>
        <translation>PIN-код один раз был неверным. Пожалуйста, внимательно проверьте его.</translation>
    </message>
    <message>
        <source>The online function is switched off</source>
        <translation>Онлайн-функция выключена</translation>
    </message>
    <message>
        <source>The online function of this ID card is not switched on. The Bürgeramt can switch it on for you.</source>
        <translation>Онлайн-функция этого удостоверения не включена. Бюргерамт (Bürgeramt) может включить её для вас.</translation>
    </message>
    <message>
        <source>The PIN is blocked</source>
        <translation>PIN-код заблокирован</translation>
    </message>
    <message>
        <source>The PIN of this ID card is blocked. The Bürgeramt can help you.</source>
        <translation>PIN-код этого удостоверения заблокирован. Бюргерамт (Bürgeramt) может вам помочь.</translation>
    </message>
    <message>
        <source>Login not possible</source>
        <translation>Вход невозможен</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Пожалуйста, подождите</translation>
    </message>
    <message>
        <source>Connecting to the service. This can take a moment.</source>
        <translation>Соединение с сервисом. Это может занять немного времени.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Name at birth</source>
        <translation>Фамилия при рождении</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translation>Учёная степень</translation>
    </message>
    <message>
        <source>Artistic name or religious name</source>
        <translation>Сценическое или религиозное имя</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Country that issued the card</source>
        <translation>Страна, выдавшая карту</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Notes in the residence permit (part 1)</source>
        <translation>Примечания в виде на жительство (часть 1)</translation>
    </message>
    <message>
        <source>Notes in the residence permit (part 2)</source>
        <translation>Примечания в виде на жительство (часть 2)</translation>
    </message>
    <message>
        <source>Municipality code of the address</source>
        <translation>Код общины по адресу</translation>
    </message>
    <message>
        <source>Check: do you live in a certain place</source>
        <translation>Проверка: живёте ли вы в определённом месте</translation>
    </message>
    <message>
        <source>Check: are you old enough</source>
        <translation>Проверка: достигли ли вы нужного возраста</translation>
    </message>
    <message>
        <source>A code for this service instead of your name</source>
        <translation>Код для этого сервиса вместо вашего имени</translation>
    </message>
    <message>
        <source>Use of the card access number (CAN)</source>
        <translation>Использование номера доступа к карте (CAN)</translation>
    </message>
    <message>
        <source>Changing the PIN</source>
        <translation>Смена PIN-кода</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Введите PIN-код</translation>
    </message>
    <message>
        <source>Type the 6-digit PIN of your ID card. It is not shown or stored.</source>
        <translation>Введите 6-значный PIN-код вашего удостоверения. Он не показывается и не сохраняется.</translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation>Выберите новый PIN-код</translation>
    </message>
    <message>
        <source>Type a new 6-digit PIN.</source>
        <translation>Введите новый 6-значный PIN-код.</translation>
    </message>
    <message>
        <source>Enter the card access number</source>
        <translation>Введите номер доступа к карте</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly twice. Type the 6-digit card access number (CAN). It is printed on the front of your ID card, bottom right.</source>
        <translation>PIN-код дважды введён неверно. Введите 6-значный номер доступа к карте (CAN). Он напечатан на лицевой стороне удостоверения, внизу справа.</translation>
    </message>
    <message>
        <source>Enter your PUK</source>
        <translation>Введите PUK-код</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly three times. Type the 10-digit PUK from the letter you got with your ID card.</source>
        <translation>PIN-код трижды введён неверно. Введите 10-значный PUK-код из письма, которое вы получили вместе с удостоверением.</translation>
    </message>
    <message>
        <source>The connection to the ID card program was lost.</source>
        <translation>Соединение с программой удостоверения прервано.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Вход отменён.</translation>
    </message>
    <message>
        <source>The service could not be reached. Please try again later.</source>
        <translation>Сервис недоступен. Пожалуйста, попробуйте позже.</translation>
    </message>
    <message>
        <source>The service sent a request that cannot be used.</source>
        <translation>Сервис прислал запрос, который нельзя использовать.</translation>
    </message>
    <message>
        <source>The login with the ID card did not work.</source>
        <translation>Вход с удостоверением не удался.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Согласиться</translation>
    </message>
    <message>
        <source>Send these data to the service</source>
        <translation>Отправить эти данные сервису</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the login</source>
        <translation>Прервать вход</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Закрыть это сообщение</translation>
    </message>
    <message>
        <source>Use the test card</source>
        <translation>Использовать тестовую карту</translation>
    </message>
    <message>
        <source>Demo only</source>
        <translation>Только для демонстрации</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Picture: an ID card on the card reader</source>
        <translation>Изображение: удостоверение на считывателе карт</translation>
    </message>
</context>
<context>
    <name>EntriesStep</name>
    <message>
        <source>When (e.g. 2015 – 2018)</source>
        <translation>Когда (напр. 2015 – 2018)</translation>
    </message>
    <message>
        <source>What (school, training, job)</source>
        <translation>Что (школа, обучение, работа)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Подробности (по желанию)</translation>
    </message>
    <message>
        <source>You can leave this empty</source>
        <translation>Можно оставить пустым</translation>
    </message>
    <message>
        <source>+ Add a row</source>
        <translation>+ Добавить строку</translation>
    </message>
    <message>
        <source>One more row</source>
        <translation>Ещё одна строка</translation>
    </message>
</context>
<context>
    <name>FormStep</name>
    <message>
        <source>Needed for the documents</source>
        <translation>Нужно для документов</translation>
    </message>
    <message>
        <source>You can leave this empty</source>
        <translation>Можно оставить пустым</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>If you do nothing, your session ends in %n second(s) and everything is deleted.</source>
        <translation>
            <numerusform>Если вы ничего не сделаете, сеанс завершится через %n секунду и всё будет удалено.</numerusform>
            <numerusform>Если вы ничего не сделаете, сеанс завершится через %n секунды и всё будет удалено.</numerusform>
            <numerusform>Если вы ничего не сделаете, сеанс завершится через %n секунд и всё будет удалено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Keep using this computer</source>
        <translation>Продолжить пользоваться компьютером</translation>
    </message>
</context>
<context>
    <name>LanguageOverlay</name>
    <message>
        <source>Choose your language</source>
        <translation>Выберите язык</translation>
    </message>
    <message>
        <source>Show all texts in this language</source>
        <translation>Показать все тексты на этом языке</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Keep the current language</source>
        <translation>Оставить текущий язык</translation>
    </message>
</context>
<context>
    <name>LanguagesStep</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>How well (e.g. mother tongue, good, B1)</source>
        <translation>Насколько хорошо (напр. родной, хорошо, B1)</translation>
    </message>
    <message>
        <source>You can leave this empty</source>
        <translation>Можно оставить пустым</translation>
    </message>
</context>
<context>
    <name>LauncherScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>Что вы хотите сделать?</translation>
    </message>
    <message>
        <source>Open this service</source>
        <translation>Открыть этот сервис</translation>
    </message>
</context>
<context>
    <name>LinesStep</name>
    <message>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Интересы</translation>
    </message>
    <message>
        <source>One a line</source>
        <translation>По одному в строке</translation>
    </message>
</context>
<context>
    <name>NoticeOverlay</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Закрыть это сообщение</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Keyboard on the screen</source>
        <translation>Клавиатура на экране</translation>
    </message>
    <message>
        <source>Capital letters</source>
        <translation>Заглавные буквы</translation>
    </message>
    <message>
        <source>The next letter is a capital</source>
        <translation>Следующая буква будет заглавной</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Type a space</source>
        <translation>Ввести пробел</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Удалить последнюю букву</translation>
    </message>
    <message>
        <source>Delete the letter before the cursor</source>
        <translation>Удалить последний введённый символ</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <source>Confirm or start a new line</source>
        <translation>Подтвердить или начать новую строку</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Скрыть клавиатуру</translation>
    </message>
    <message>
        <source>The Keyboard button shows it again</source>
        <translation>Кнопка «Клавиатура» показывает её снова</translation>
    </message>
    <message>
        <source>Type this character</source>
        <translation>Ввести этот символ</translation>
    </message>
    <message>
        <source>Switch the keys</source>
        <translation>Сменить клавиши</translation>
    </message>
    <message>
        <source>Switch the alphabet</source>
        <translation>Сменить алфавит</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Буквы</translation>
    </message>
    <message>
        <source>Numbers and signs</source>
        <translation>Цифры и знаки</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Латинские буквы</translation>
    </message>
    <message>
        <source>Arabic letters</source>
        <translation>Арабские буквы</translation>
    </message>
    <message>
        <source>Cyrillic letters</source>
        <translation>Кириллица</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This computer is not available right now</source>
        <translation>Этот компьютер сейчас недоступен</translation>
    </message>
    <message>
        <source>A card was left in the card reader. Please ask the staff.</source>
        <translation>В считывателе оставили карту. Обратитесь к сотрудникам.</translation>
    </message>
    <message>
        <source>It is being checked. Please ask the staff.</source>
        <translation>Его сейчас проверяют. Обратитесь к сотрудникам.</translation>
    </message>
    <message>
        <source>Please ask the staff.</source>
        <translation>Пожалуйста, обратитесь к сотрудникам.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>This file cannot be shown</source>
        <translation>Этот файл нельзя показать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close this file</source>
        <translation>Закрыть этот файл</translation>
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
        <translation>Фото в «Мои документы»</translation>
    </message>
    <message>
        <source>Choose a photo, or “No photo”</source>
        <translation>Выберите фото или «Без фото»</translation>
    </message>
    <message>
        <source>Or scan your photo: lay it face down on the scanner glass and close the lid.</source>
        <translation>Или отсканируйте своё фото: положите его изображением вниз на стекло сканера и закройте крышку.</translation>
    </message>
    <message>
        <source>Scan my photo</source>
        <translation>Отсканировать моё фото</translation>
    </message>
    <message>
        <source>The photo could not be scanned. Please check the scanner, try again or ask the staff.</source>
        <translation>Не удалось отсканировать фото. Проверьте сканер, попробуйте ещё раз или обратитесь к сотрудникам.</translation>
    </message>
    <message>
        <source>Scanning … please wait.</source>
        <translation>Идёт сканирование … пожалуйста, подождите.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN pad</source>
        <translation>Панель PIN для персонала</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Только для персонала: введите PIN</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN.</translation>
    </message>
    <message>
        <source>Try again in %1 seconds.</source>
        <translation>Попробуйте снова через %1 с.</translation>
    </message>
    <message>
        <source>Please wait %1 seconds.</source>
        <translation>Подождите, пожалуйста, %1 с.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Locked for %1 seconds.</source>
        <translation>Слишком много неверных PIN. Заблокировано на %1 с.</translation>
    </message>
    <message>
        <source>No staff PIN is set. Ask IT to run &apos;kiosk staff set-pin&apos;.</source>
        <translation>PIN для персонала не задан. Попросите ИТ выполнить &apos;kiosk staff set-pin&apos;.</translation>
    </message>
    <message>
        <source>The PIN check does not work. Please tell IT.</source>
        <translation>Проверка PIN не работает. Сообщите в ИТ.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Проверка …</translation>
    </message>
</context>
<context>
    <name>PrintOverlay</name>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Your print is ready.</source>
        <translation>Ваша печать готова.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Закрыть это сообщение</translation>
    </message>
</context>
<context>
    <name>ScanOverlay</name>
    <message>
        <source>The paper is stuck in the scanner. Please ask the staff.</source>
        <translation>Бумага застряла в сканере. Пожалуйста, обратитесь к сотрудникам.</translation>
    </message>
    <message>
        <source>There is no paper in the scanner. Please put a page in.</source>
        <translation>В сканере нет бумаги. Пожалуйста, положите страницу.</translation>
    </message>
    <message>
        <source>The scanner lid is open. Please close it.</source>
        <translation>Крышка сканера открыта. Пожалуйста, закройте её.</translation>
    </message>
    <message>
        <source>The scanner is busy. Please wait a moment and try again.</source>
        <translation>Сканер занят. Пожалуйста, немного подождите и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The scanner does not answer. Please ask the staff.</source>
        <translation>Сканер не отвечает. Пожалуйста, обратитесь к сотрудникам.</translation>
    </message>
    <message>
        <source>Scanning did not work. Please try again.</source>
        <translation>Сканирование не удалось. Пожалуйста, попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Scan a document</source>
        <translation>Сканировать документ</translation>
    </message>
    <message>
        <source>Scanning page %1 …</source>
        <translation>Сканируется страница %1 …</translation>
    </message>
    <message>
        <source>Put the first page face down on the glass and close the lid. Then press “Scan page”.</source>
        <translation>Положите первую страницу текстом вниз на стекло и закройте крышку. Затем нажмите «Сканировать страницу».</translation>
    </message>
    <message>
        <source>That is the most pages for one document.</source>
        <translation>Больше страниц в один документ не помещается.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned. Put in the next page, or save the document.</source>
        <translation>
            <numerusform>Отсканирована %n страница. Положите следующую страницу или сохраните документ.</numerusform>
            <numerusform>Отсканировано %n страницы. Положите следующую страницу или сохраните документ.</numerusform>
            <numerusform>Отсканировано %n страниц. Положите следующую страницу или сохраните документ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Чёрно-белое</translation>
    </message>
    <message>
        <source>Scan in grey</source>
        <translation>Сканировать в сером</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цветное</translation>
    </message>
    <message>
        <source>Scan in colour</source>
        <translation>Сканировать в цвете</translation>
    </message>
    <message>
        <source>Scan page</source>
        <translation>Сканировать страницу</translation>
    </message>
    <message>
        <source>Scan next page</source>
        <translation>Сканировать следующую страницу</translation>
    </message>
    <message>
        <source>Scan the page on the glass</source>
        <translation>Сканировать страницу на стекле</translation>
    </message>
    <message>
        <source>Scan this page again</source>
        <translation>Сканировать эту страницу ещё раз</translation>
    </message>
    <message>
        <source>Throw away the last page and scan it again</source>
        <translation>Удалить последнюю страницу и сканировать её снова</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>Put the pages into one PDF file in My documents</source>
        <translation>Собрать страницы в один файл PDF в «Мои документы»</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Throw the pages away</source>
        <translation>Удалить страницы</translation>
    </message>
    <message>
        <source>Preview of page %1</source>
        <translation>Предпросмотр страницы %1</translation>
    </message>
    <message>
        <source>No page yet</source>
        <translation>Ещё нет страницы</translation>
    </message>
</context>
<context>
    <name>ServiceView</name>
    <message>
        <source>Web page</source>
        <translation>Веб-страница</translation>
    </message>
    <message>
        <source>This page is not part of this service</source>
        <translation>Эта страница не относится к этой услуге</translation>
    </message>
    <message>
        <source>The address {host} cannot be opened here.</source>
        <translation>Адрес {host} здесь открыть нельзя.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Logging in with the ID card is not possible at this computer right now. Please ask the staff.</source>
        <translation>Вход с помощью удостоверения на этом компьютере сейчас невозможен. Пожалуйста, обратитесь к сотрудникам.</translation>
    </message>
    <message>
        <source>This link opens another program</source>
        <translation>Эта ссылка открывает другую программу</translation>
    </message>
    <message>
        <source>Other programs cannot be opened on this computer. Please ask the staff.</source>
        <translation>Другие программы на этом компьютере открыть нельзя. Обратитесь к сотрудникам.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Online ID card</source>
        <translation>Онлайн-удостоверение</translation>
    </message>
    <message>
        <source>Files cannot be uploaded to this service.</source>
        <translation>В эту услугу нельзя загружать файлы.</translation>
    </message>
    <message>
        <source>Printing is not available on this computer.</source>
        <translation>Печать на этом компьютере недоступна.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>The page says</source>
        <translation>Страница сообщает</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>This page stopped working</source>
        <translation>Эта страница перестала работать</translation>
    </message>
    <message>
        <source>You can load it again or end your session.</source>
        <translation>Можно загрузить её снова или завершить сеанс.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Завершить сеанс</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Time is almost up</source>
        <translation>Время почти истекло</translation>
    </message>
    <message numerus="yes">
        <source>Your session ends in %n minute(s). Please finish and save or print what you need.</source>
        <translation>
            <numerusform>Сеанс завершится через %n минуту. Сохраните или напечатайте нужное.</numerusform>
            <numerusform>Сеанс завершится через %n минуты. Сохраните или напечатайте нужное.</numerusform>
            <numerusform>Сеанс завершится через %n минут. Сохраните или напечатайте нужное.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShellBar</name>
    <message>
        <source>No page open</source>
        <translation>Нет открытой страницы</translation>
    </message>
    <message>
        <source>secure</source>
        <translation>защищено</translation>
    </message>
    <message>
        <source>not secure</source>
        <translation>не защищено</translation>
    </message>
    <message>
        <source>Page address: {host}</source>
        <translation>Адрес страницы: {host}</translation>
    </message>
    <message>
        <source>Card reader ready</source>
        <translation>Считыватель карт готов</translation>
    </message>
    <message>
        <source>Card on the reader</source>
        <translation>Карта на считывателе</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>Нет считывателя карт</translation>
    </message>
    <message>
        <source>Card reader not working</source>
        <translation>Считыватель карт не работает</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Осталась %n минута</numerusform>
            <numerusform>Осталось %n минуты</numerusform>
            <numerusform>Осталось %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Остановить чтение</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Читать вслух</translation>
    </message>
    <message>
        <source>Read this screen aloud; press again to stop</source>
        <translation>Читает этот экран вслух. Нажмите ещё раз, чтобы остановить</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Show all services</source>
        <translation>Показать все услуги</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Load the page again</source>
        <translation>Загрузить страницу снова</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Крупнее текст</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation>Напечатать эту страницу</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Мои документы</translation>
    </message>
    <message>
        <source>Files saved in this session</source>
        <translation>Файлы, сохранённые в этом сеансе</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <source>Show or hide the keyboard on the screen</source>
        <translation>Показать или скрыть клавиатуру на экране</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Экран</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translation>Размер текста и цвета</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Сменить язык</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>How to get help</source>
        <translation>Как получить помощь</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Завершить сеанс</translation>
    </message>
    <message>
        <source>Finish and delete everything</source>
        <translation>Завершить и всё удалить</translation>
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
        <translation>Сохранено на вашей флешке</translation>
    </message>
    <message>
        <source>The file is now on your USB stick.</source>
        <translation>Файл теперь на вашей флешке.</translation>
    </message>
    <message>
        <source>The USB stick was taken out</source>
        <translation>Флешку вынули</translation>
    </message>
    <message>
        <source>The file was not saved. Please plug the stick in again and try once more.</source>
        <translation>Файл не сохранён. Пожалуйста, вставьте флешку снова и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Your USB stick is full</source>
        <translation>Ваша флешка заполнена</translation>
    </message>
    <message>
        <source>The file was not saved. There is no room left on the stick.</source>
        <translation>Файл не сохранён. На флешке больше нет места.</translation>
    </message>
    <message>
        <source>This USB stick cannot be used</source>
        <translation>Эту флешку нельзя использовать</translation>
    </message>
    <message>
        <source>The computer cannot read this stick. Please ask the staff for help.</source>
        <translation>Компьютер не может прочитать эту флешку. Пожалуйста, попросите помощи у сотрудников.</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Это не получилось</translation>
    </message>
    <message>
        <source>Please try again or ask the staff.</source>
        <translation>Пожалуйста, попробуйте ещё раз или обратитесь к сотрудникам.</translation>
    </message>
</context>
<context>
    <name>SpeechRow</name>
    <message>
        <source>Reading speed: {step} of {count}</source>
        <translation>Скорость чтения: {step} из {count}</translation>
    </message>
    <message>
        <source>Read slower</source>
        <translation>Читать медленнее</translation>
    </message>
    <message>
        <source>Speak more slowly</source>
        <translation>Говорить медленнее</translation>
    </message>
    <message>
        <source>Read faster</source>
        <translation>Читать быстрее</translation>
    </message>
    <message>
        <source>Speak more quickly</source>
        <translation>Говорить быстрее</translation>
    </message>
    <message>
        <source>Read messages aloud: on</source>
        <translation>Читать сообщения вслух: включено</translation>
    </message>
    <message>
        <source>Read messages aloud: off</source>
        <translation>Читать сообщения вслух: выключено</translation>
    </message>
    <message>
        <source>Say warnings and messages aloud when they appear</source>
        <translation>Читать предупреждения и сообщения вслух, когда они появляются</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>Панель персонала</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Message residents will see while out of service</source>
        <translation>Сообщение, которое видят посетители, пока компьютер не работает</translation>
    </message>
    <message>
        <source>Screen reader on or off</source>
        <translation>Экранный диктор: включить или выключить</translation>
    </message>
    <message>
        <source>Loading the station state …</source>
        <translation>Загрузка состояния компьютера …</translation>
    </message>
    <message>
        <source>The station state cannot be read.</source>
        <translation>Не удаётся прочитать состояние компьютера.</translation>
    </message>
    <message>
        <source>Version %1, running for %2.</source>
        <translation>Версия %1, работает %2.</translation>
    </message>
    <message>
        <source>Disk: %1% free.</source>
        <translation>Диск: свободно %1%.</translation>
    </message>
    <message>
        <source>Out of service.</source>
        <translation>Не работает.</translation>
    </message>
    <message>
        <source>A card was left in the card reader.</source>
        <translation>В считывателе карт забыли карту.</translation>
    </message>
    <message>
        <source>Deleting the last session&apos;s data failed. Press “Back in service” to try again; if that fails too, tell IT.</source>
        <translation>Не удалось удалить данные последнего сеанса. Нажмите «Снова работает», чтобы попробовать ещё раз; если и это не поможет, сообщите в ИТ.</translation>
    </message>
    <message>
        <source>Residents see: %1</source>
        <translation>Посетители видят: %1</translation>
    </message>
    <message>
        <source>In service.</source>
        <translation>Работает.</translation>
    </message>
    <message>
        <source>A resident is using the station.</source>
        <translation>Компьютером кто-то пользуется.</translation>
    </message>
    <message>
        <source>Nobody is using the station.</source>
        <translation>Компьютером никто не пользуется.</translation>
    </message>
    <message>
        <source>A card was left behind. Take it, keep it safe, then press “Forgotten card taken”.</source>
        <translation>Кто-то забыл карту. Выньте её, сохраните в надёжном месте и нажмите «Забытая карта забрана».</translation>
    </message>
    <message>
        <source>Card readers: none found.</source>
        <translation>Считыватели карт: не найдены.</translation>
    </message>
    <message>
        <source>%1: a card is inserted.</source>
        <translation>%1: карта вставлена.</translation>
    </message>
    <message>
        <source>%1: no card.</source>
        <translation>%1: карты нет.</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Посещений: %1</translation>
    </message>
    <message>
        <source>Pages printed: %1</source>
        <translation>Напечатано страниц: %1</translation>
    </message>
    <message>
        <source>ID card uses: %1</source>
        <translation>Использований ID-карты: %1</translation>
    </message>
    <message>
        <source>Cards left behind: %1</source>
        <translation>Забытых карт: %1</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>Сканер: %1</translation>
    </message>
    <message>
        <source>Pages scanned: %1</source>
        <translation>Отсканировано страниц: %1</translation>
    </message>
    <message>
        <source>To collect for printing: %1</source>
        <translation>Получить за печать: %1</translation>
    </message>
    <message>
        <source>Network: connected.</source>
        <translation>Сеть: подключено.</translation>
    </message>
    <message>
        <source>Network: not connected.</source>
        <translation>Сеть: не подключено.</translation>
    </message>
    <message>
        <source>Network: unknown.</source>
        <translation>Сеть: неизвестно.</translation>
    </message>
    <message>
        <source>Usage upload: not set up for this station.</source>
        <translation>Передача данных об использовании: для этого компьютера не настроена.</translation>
    </message>
    <message>
        <source>Last usage upload: never.</source>
        <translation>Последняя передача данных об использовании: ещё ни разу.</translation>
    </message>
    <message>
        <source>Last usage upload: %1.</source>
        <translation>Последняя передача данных об использовании: %1.</translation>
    </message>
    <message>
        <source>The last try failed (%1). It is tried again later.</source>
        <translation>Последняя попытка не удалась (%1). Позже будет ещё одна попытка.</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>сегодня в %1</translation>
    </message>
    <message>
        <source>Printing is off at this station.</source>
        <translation>На этом компьютере печать отключена.</translation>
    </message>
    <message>
        <source>Printer: ready.</source>
        <translation>Принтер: готов.</translation>
    </message>
    <message>
        <source>Printer: printing.</source>
        <translation>Принтер: печатает.</translation>
    </message>
    <message>
        <source>Printer: stopped.</source>
        <translation>Принтер: остановлен.</translation>
    </message>
    <message>
        <source>Printer: cannot be reached. If this stays, tell IT.</source>
        <translation>Принтер: недоступен. Если так и останется, сообщите в ИТ.</translation>
    </message>
    <message>
        <source>Printer: not set up on this computer. Tell IT.</source>
        <translation>Принтер: на этом компьютере не настроен. Сообщите в ИТ.</translation>
    </message>
    <message>
        <source>Needs attention since %1: %2</source>
        <translation>Требует внимания с %1: %2</translation>
    </message>
    <message>
        <source>a print job made no progress and was cancelled.</source>
        <translation>задание печати не продвигалось и было отменено.</translation>
    </message>
    <message>
        <source>At %1 the print service stopped during a print job and started again. The job was kept.</source>
        <translation>В %1 служба печати остановилась во время задания печати и запустилась снова. Задание сохранено.</translation>
    </message>
    <message>
        <source>The printer takes no new print jobs.</source>
        <translation>Принтер не принимает новых заданий печати.</translation>
    </message>
    <message>
        <source>Paper jam.</source>
        <translation>Замятие бумаги.</translation>
    </message>
    <message>
        <source>Out of paper.</source>
        <translation>Нет бумаги.</translation>
    </message>
    <message>
        <source>Paper is running low.</source>
        <translation>Бумага заканчивается.</translation>
    </message>
    <message>
        <source>Toner or ink is empty.</source>
        <translation>Тонер или чернила закончились.</translation>
    </message>
    <message>
        <source>Toner or ink is running low.</source>
        <translation>Тонер или чернила заканчиваются.</translation>
    </message>
    <message>
        <source>A door or cover is open.</source>
        <translation>Открыта крышка или дверца.</translation>
    </message>
    <message>
        <source>The printer is off or not connected.</source>
        <translation>Принтер выключен или не подключён.</translation>
    </message>
    <message>
        <source>The print queue is paused.</source>
        <translation>Очередь печати приостановлена.</translation>
    </message>
    <message>
        <source>The printer reports: %1</source>
        <translation>Принтер сообщает: %1</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>%1: level unknown</source>
        <translation>%1: уровень неизвестен</translation>
    </message>
    <message>
        <source>(low)</source>
        <translation>(мало)</translation>
    </message>
    <message>
        <source>Supplies: %1</source>
        <translation>Расходные материалы: %1</translation>
    </message>
    <message>
        <source>No print jobs are waiting.</source>
        <translation>Нет заданий печати в очереди.</translation>
    </message>
    <message>
        <source>Print jobs: %1; the oldest are shown.</source>
        <translation>Заданий печати: %1; показаны самые старые.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>приостановлено</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>печатается</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <source>Cancel print job %1 (%2, pages: %3)</source>
        <translation>Отменить печать %1 (%2, страниц: %3)</translation>
    </message>
    <message>
        <source>Cancel print job %1 (%2)</source>
        <translation>Отменить печать %1 (%2)</translation>
    </message>
    <message>
        <source>The session was ended. Everything of it is being deleted.</source>
        <translation>Сеанс завершён. Всё из него удаляется.</translation>
    </message>
    <message>
        <source>The station is out of service. Residents see your message.</source>
        <translation>Компьютер не работает. Посетители видят ваше сообщение.</translation>
    </message>
    <message>
        <source>The station is out of service.</source>
        <translation>Компьютер не работает.</translation>
    </message>
    <message>
        <source>The station is back in service.</source>
        <translation>Компьютер снова работает.</translation>
    </message>
    <message>
        <source>Thank you. The station no longer waits for the card.</source>
        <translation>Спасибо. Компьютер больше не ждёт карту.</translation>
    </message>
    <message>
        <source>The screen reader is on until the session ends.</source>
        <translation>Экранный диктор включён до конца сеанса.</translation>
    </message>
    <message>
        <source>The screen reader is off.</source>
        <translation>Экранный диктор выключен.</translation>
    </message>
    <message>
        <source>Cancelling print job %1 …</source>
        <translation>Отмена печати %1 …</translation>
    </message>
    <message>
        <source>Sending the test page …</source>
        <translation>Отправка тестовой страницы …</translation>
    </message>
    <message>
        <source>That did not work. Please tell IT.</source>
        <translation>Не получилось. Пожалуйста, сообщите в ИТ.</translation>
    </message>
    <message>
        <source>Print job %1 had already ended.</source>
        <translation>Печать %1 уже завершилась.</translation>
    </message>
    <message>
        <source>Print job %1 was not sent from this station; it cannot be cancelled here.</source>
        <translation>Печать %1 отправлена не с этого компьютера; её нельзя отменить здесь.</translation>
    </message>
    <message>
        <source>The printer cannot be reached. Please try again; if it keeps failing, tell IT.</source>
        <translation>Принтер недоступен. Попробуйте ещё раз; если не получается и дальше, сообщите в ИТ.</translation>
    </message>
    <message>
        <source>Print job %1 was cancelled.</source>
        <translation>Печать %1 отменена.</translation>
    </message>
    <message>
        <source>The test page was sent to the printer (job %1).</source>
        <translation>Тестовая страница отправлена на принтер (задание %1).</translation>
    </message>
    <message>
        <source>Message for residents</source>
        <translation>Сообщение для посетителей</translation>
    </message>
    <message>
        <source>Version and disk</source>
        <translation>Версия и диск</translation>
    </message>
    <message>
        <source>End the session now</source>
        <translation>Завершить сеанс сейчас</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Не работает</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Снова работает</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Напечатать тестовую страницу</translation>
    </message>
    <message>
        <source>Forgotten card taken</source>
        <translation>Забытая карта забрана</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
</context>
<context>
    <name>TakeStickOverlay</name>
    <message>
        <source>Please take your USB stick</source>
        <translation>Пожалуйста, заберите свою флешку</translation>
    </message>
    <message>
        <source>Your session has ended. Your USB stick is still in the computer. Please take it with you now.</source>
        <translation>Ваш сеанс завершён. Ваша флешка ещё в компьютере. Пожалуйста, заберите её сейчас.</translation>
    </message>
    <message>
        <source>I have my stick</source>
        <translation>Я забрал(а) флешку</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Закрыть это сообщение</translation>
    </message>
</context>
<context>
    <name>TermsScreen</name>
    <message>
        <source>Rules for using this computer</source>
        <translation>Правила пользования этим компьютером</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Я согласен</translation>
    </message>
    <message>
        <source>Accept the rules and continue</source>
        <translation>Принять правила и продолжить</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Go back to the start screen</source>
        <translation>Вернуться на начальный экран</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Log in to your citizen account</source>
        <translation>Войти в свой аккаунт гражданина</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Stop reading</source>
        <translation>Остановить чтение</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Читать вслух</translation>
    </message>
    <message>
        <source>Read this screen aloud; press again to stop</source>
        <translation>Читает этот экран вслух. Нажмите ещё раз, чтобы остановить</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>You can use this computer for free. When you are done, everything of yours is deleted.</source>
        <translation>Этим компьютером можно пользоваться бесплатно. Когда вы закончите, всё ваше будет удалено.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Begin using this computer</source>
        <translation>Начать пользоваться компьютером</translation>
    </message>
    <message>
        <source>Show all texts in this language</source>
        <translation>Показать все тексты на этом языке</translation>
    </message>
    <message>
        <source>Bigger text and contrast</source>
        <translation>Крупный текст и контраст</translation>
    </message>
    <message>
        <source>Change the text size and the colours</source>
        <translation>Изменить размер текста и цвета</translation>
    </message>
</context>
<context>
    <name>WipingScreen</name>
    <message>
        <source>Deleting your data … one moment</source>
        <translation>Ваши данные удаляются … минутку</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Write an application</source>
        <translation>Написать заявление о приёме на работу</translation>
    </message>
    <message>
        <source>CV and cover letter, step by step</source>
        <translation>Резюме и сопроводительное письмо шаг за шагом</translation>
    </message>
</context>
<context>
    <name>WriterScreen</name>
    <message>
        <source>Please write your name in the first step first.</source>
        <translation>Сначала напишите своё имя на первом шаге.</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Создаём PDF…</translation>
    </message>
    <message>
        <source>Saved in “My documents” as PDF and as Word file. To send it, open the job portal and choose the file there.</source>
        <translation>Сохранено в «Мои документы» как PDF и файл Word. Чтобы отправить, откройте портал вакансий и выберите там файл.</translation>
    </message>
    <message>
        <source>This photo cannot be used. Please choose another picture or “No photo” in the step “Photo”.</source>
        <translation>Это фото нельзя использовать. Выберите другое изображение или «Без фото» на шаге «Фото».</translation>
    </message>
    <message>
        <source>The PDF could not be made. Please ask the staff.</source>
        <translation>Не удалось создать PDF. Обратитесь к сотрудникам.</translation>
    </message>
    <message>
        <source>First and last name (needed)</source>
        <translation>Имя и фамилия (обязательно)</translation>
    </message>
    <message>
        <source>Street and house number</source>
        <translation>Улица и номер дома</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Почтовый индекс и город</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Date and place of birth (optional)</source>
        <translation>Дата и место рождения (по желанию)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Contact person (e.g. Frau Müller)</source>
        <translation>Контактное лицо (напр. Frau Müller)</translation>
    </message>
    <message>
        <source>Company: street and number</source>
        <translation>Компания: улица и номер</translation>
    </message>
    <message>
        <source>Company: postcode and town</source>
        <translation>Компания: индекс и город</translation>
    </message>
    <message>
        <source>Subject (e.g. Bewerbung als Verkäuferin)</source>
        <translation>Тема (напр. Bewerbung als Verkäuferin)</translation>
    </message>
    <message>
        <source>Where you saw the job (optional)</source>
        <translation>Где вы увидели вакансию (по желанию)</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Место и дата</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>О вас</translation>
    </message>
    <message>
        <source>Only your name is needed. Leave out what you do not want to give.</source>
        <translation>Нужно только ваше имя. Пропустите то, что не хотите указывать.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>A photo is optional in Germany. Choose one from “My documents”, or none.</source>
        <translation>Фото в Германии не обязательно. Выберите его из «Мои документы» или никакое.</translation>
    </message>
    <message>
        <source>School and training</source>
        <translation>Школа и обучение</translation>
    </message>
    <message>
        <source>The newest first. You can skip this step.</source>
        <translation>Сначала самое новое. Этот шаг можно пропустить.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Jobs, internships, voluntary work: the newest first.</source>
        <translation>Работа, практика, волонтёрство: сначала самое новое.</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <source>One skill a line, e.g. driving licence B, computer, cash desk.</source>
        <translation>Один навык в строке, напр. водительские права B, компьютер, касса.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Every language you speak counts.</source>
        <translation>Каждый язык, на котором вы говорите, важен.</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Интересы</translation>
    </message>
    <message>
        <source>One a line, e.g. football, cooking. You can skip this step.</source>
        <translation>По одному в строке, напр. футбол, кулинария. Этот шаг можно пропустить.</translation>
    </message>
    <message>
        <source>Cover letter: to whom</source>
        <translation>Сопроводительное письмо: кому</translation>
    </message>
    <message>
        <source>The company&apos;s address goes into the window of the envelope.</source>
        <translation>Адрес компании будет виден в окошке конверта.</translation>
    </message>
    <message>
        <source>Cover letter: your text</source>
        <translation>Сопроводительное письмо: ваш текст</translation>
    </message>
    <message>
        <source>Write a few sentences for each part. Words the spell checker does not know are underlined in red.</source>
        <translation>Напишите несколько предложений к каждой части. Слова, которых не знает проверка орфографии, подчёркнуты красным.</translation>
    </message>
    <message>
        <source>Make the documents</source>
        <translation>Создать документы</translation>
    </message>
    <message>
        <source>Each is saved as PDF and as Word file in “My documents”.</source>
        <translation>Каждый сохраняется как PDF и файл Word в «Мои документы».</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>The step before</source>
        <translation>Предыдущий шаг</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>The next step; you can skip it</source>
        <translation>Следующий шаг; его можно пропустить</translation>
    </message>
    <message>
        <source>Make CV (PDF)</source>
        <translation>Создать резюме (PDF)</translation>
    </message>
    <message>
        <source>Save the CV as PDF and Word file</source>
        <translation>Сохранить резюме как PDF и файл Word</translation>
    </message>
    <message>
        <source>Make cover letter (PDF)</source>
        <translation>Создать сопроводительное письмо (PDF)</translation>
    </message>
    <message>
        <source>Save the cover letter as PDF and Word file</source>
        <translation>Сохранить сопроводительное письмо как PDF и файл Word</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show the PDF</source>
        <translation>Показать PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Print the PDF (you see the price first)</source>
        <translation>Распечатать PDF (сначала вы увидите цену)</translation>
    </message>
</context>
<context>
    <name>_LoginOverlay</name>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>The page asks you to log in</source>
        <translation>Страница просит вас войти</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Shown as dots only</source>
        <translation>Показывается только точками</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Send the name and password</source>
        <translation>Отправить имя и пароль</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Do not log in</source>
        <translation>Не входить</translation>
    </message>
    <message>
        <source>{host} asks you to log in</source>
        <translation>{host} просит вас войти</translation>
    </message>
</context>
</TS>
