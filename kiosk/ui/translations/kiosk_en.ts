<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BarActions</name>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Printing is not available on this computer. Please ask the staff.</source>
        <translation>Printing is not available on this computer. Please ask the staff.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Please ask the staff in this office. They are glad to help you.</source>
        <translation>Please ask the staff in this office. They are glad to help you.</translation>
    </message>
    <message>
        <source>File saved</source>
        <translation>File saved</translation>
    </message>
    <message>
        <source>You find it under “My documents”. It is deleted when you end.</source>
        <translation>You find it under “My documents”. It is deleted when you end.</translation>
    </message>
    <message>
        <source>This file cannot be saved</source>
        <translation>This file cannot be saved</translation>
    </message>
    <message>
        <source>Only documents such as PDF files and pictures can be saved here.</source>
        <translation>Only documents such as PDF files and pictures can be saved here.</translation>
    </message>
</context>
<context>
    <name>BodyStep</name>
    <message>
        <source>Tap a word first, then “Spelling help”.</source>
        <translation>Tap a word first, then “Spelling help”.</translation>
    </message>
    <message>
        <source>“%1” is spelt right.</source>
        <translation>“%1” is spelt right.</translation>
    </message>
    <message>
        <source>Instead of “%1”:</source>
        <translation>Instead of “%1”:</translation>
    </message>
    <message>
        <source>No suggestion for “%1”.</source>
        <translation>No suggestion for “%1”.</translation>
    </message>
    <message>
        <source>Put this word in instead</source>
        <translation>Put this word in instead</translation>
    </message>
    <message>
        <source>1. Start: which job you apply for and where you saw it (e.g. “I read your advertisement on the job portal…”).</source>
        <translation>1. Start: which job you apply for and where you saw it (e.g. “I read your advertisement on the job portal…”).</translation>
    </message>
    <message>
        <source>2. About you: what you have learned and done so far that fits this job. Give one or two examples.</source>
        <translation>2. About you: what you have learned and done so far that fits this job. Give one or two examples.</translation>
    </message>
    <message>
        <source>3. Why this company: what you like about the company and the work, and what you can bring to it.</source>
        <translation>3. Why this company: what you like about the company and the work, and what you can bring to it.</translation>
    </message>
    <message>
        <source>4. End: from when you can start, and that you look forward to an interview.</source>
        <translation>4. End: from when you can start, and that you look forward to an interview.</translation>
    </message>
    <message>
        <source>Words the spell checker does not know are underlined</source>
        <translation>Words the spell checker does not know are underlined</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Make the chosen words bold</source>
        <translation>Make the chosen words bold</translation>
    </message>
    <message>
        <source>Spelling help</source>
        <translation>Spelling help</translation>
    </message>
    <message>
        <source>Suggestions for the word at the cursor</source>
        <translation>Suggestions for the word at the cursor</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• List</translation>
    </message>
    <message>
        <source>Make this paragraph a list point, or a paragraph again</source>
        <translation>Make this paragraph a list point, or a paragraph again</translation>
    </message>
</context>
<context>
    <name>CardLeftScreen</name>
    <message>
        <source>Your card is still in the reader</source>
        <translation>Your card is still in the reader</translation>
    </message>
    <message>
        <source>Picture: a card in the card reader</source>
        <translation>Picture: a card in the card reader</translation>
    </message>
    <message>
        <source>Please take your card</source>
        <translation>Please take your card</translation>
    </message>
    <message>
        <source>Your card is still in the card reader.</source>
        <translation>Your card is still in the card reader.</translation>
    </message>
    <message>
        <source>The card reader is {where}.</source>
        <translation>The card reader is {where}.</translation>
    </message>
    <message>
        <source>A card was left in the reader</source>
        <translation>A card was left in the reader</translation>
    </message>
    <message>
        <source>Please ask the staff for help.</source>
        <translation>Please ask the staff for help.</translation>
    </message>
</context>
<context>
    <name>ConfirmEndOverlay</name>
    <message>
        <source>End your session?</source>
        <translation>End your session?</translation>
    </message>
    <message>
        <source>Everything of yours on this computer will be deleted: pages, logins and files.</source>
        <translation>Everything of yours on this computer will be deleted: pages, logins and files.</translation>
    </message>
    <message>
        <source>Yes, end and delete</source>
        <translation>Yes, end and delete</translation>
    </message>
    <message>
        <source>End the session now</source>
        <translation>End the session now</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>No, go back</translation>
    </message>
    <message>
        <source>Keep using this computer</source>
        <translation>Keep using this computer</translation>
    </message>
</context>
<context>
    <name>ConfirmWidget</name>
    <message>
        <source>Print confirmation</source>
        <translation>Print confirmation</translation>
    </message>
    <message>
        <source>Print this document?</source>
        <translation>Print this document?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print now</source>
        <translation>Print now</translation>
    </message>
    <message>
        <source>Send it to the printer</source>
        <translation>Send it to the printer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Do not print</source>
        <translation>Do not print</translation>
    </message>
    <message>
        <source>Back to the page</source>
        <translation>Back to the page</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Pages: %1</translation>
    </message>
    <message>
        <source>Sheets of paper: %1</source>
        <translation>Sheets of paper: %1</translation>
    </message>
    <message>
        <source>Price: %1 (please pay the staff)</source>
        <translation>Price: %1 (please pay the staff)</translation>
    </message>
    <message>
        <source>Price: free</source>
        <translation>Price: free</translation>
    </message>
    <message>
        <source>Free pages left after this: %1</source>
        <translation>Free pages left after this: %1</translation>
    </message>
</context>
<context>
    <name>DigitPad</name>
    <message>
        <source>Digit {digit}</source>
        <translation>Digit {digit}</translation>
    </message>
    <message>
        <source>Shown as a dot only</source>
        <translation>Shown as a dot only</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Send the number</source>
        <translation>Send the number</translation>
    </message>
    <message>
        <source>{typed} of {length} digits entered</source>
        <translation>{typed} of {length} digits entered</translation>
    </message>
    <message>
        <source>{typed} digits entered</source>
        <translation>{typed} digits entered</translation>
    </message>
</context>
<context>
    <name>DisplayOverlay</name>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Make the text bigger or change the colours.</source>
        <translation>Make the text bigger or change the colours.</translation>
    </message>
    <message>
        <source>Text size: {percent} %</source>
        <translation>Text size: {percent} %</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Bigger text</translation>
    </message>
    <message>
        <source>Make all text on the screen bigger</source>
        <translation>Make all text on the screen bigger</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Make all text on the screen smaller</source>
        <translation>Make all text on the screen smaller</translation>
    </message>
    <message>
        <source>Strong contrast: on</source>
        <translation>Strong contrast: on</translation>
    </message>
    <message>
        <source>Strong contrast: off</source>
        <translation>Strong contrast: off</translation>
    </message>
    <message>
        <source>Black background with bright text and yellow buttons</source>
        <translation>Black background with bright text and yellow buttons</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Back to what you were doing</source>
        <translation>Back to what you were doing</translation>
    </message>
</context>
<context>
    <name>DocumentsOverlay</name>
    <message>
        <source>No files yet. Files you download appear here.</source>
        <translation>No files yet. Files you download appear here.</translation>
    </message>
    <message>
        <source>Choose a file to send</source>
        <translation>Choose a file to send</translation>
    </message>
    <message>
        <source>Only files saved in this session are shown.</source>
        <translation>Only files saved in this session are shown.</translation>
    </message>
    <message>
        <source>Send this file</source>
        <translation>Send this file</translation>
    </message>
    <message>
        <source>Reading your USB stick …</source>
        <translation>Reading your USB stick …</translation>
    </message>
    <message>
        <source>Your USB stick has no file that can be sent here.</source>
        <translation>Your USB stick has no file that can be sent here.</translation>
    </message>
    <message>
        <source>Choose a file from your USB stick</source>
        <translation>Choose a file from your USB stick</translation>
    </message>
    <message>
        <source>Only documents and pictures are shown. Nothing is changed.</source>
        <translation>Only documents and pictures are shown. Nothing is changed.</translation>
    </message>
    <message>
        <source>Give the chosen file to the page</source>
        <translation>Give the chosen file to the page</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>My documents</translation>
    </message>
    <message>
        <source>Files you saved in this session. They are deleted when you end.</source>
        <translation>Files you saved in this session. They are deleted when you end.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Show the chosen file</source>
        <translation>Show the chosen file</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print the chosen file</source>
        <translation>Print the chosen file</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Send no file</source>
        <translation>Send no file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Back to the page</source>
        <translation>Back to the page</translation>
    </message>
    <message>
        <source>Scan a document</source>
        <translation>Scan a document</translation>
    </message>
    <message>
        <source>Scan paper pages into one PDF file</source>
        <translation>Scan paper pages into one PDF file</translation>
    </message>
    <message>
        <source>Save to USB stick</source>
        <translation>Save to USB stick</translation>
    </message>
    <message>
        <source>Copy the chosen file to your USB stick</source>
        <translation>Copy the chosen file to your USB stick</translation>
    </message>
    <message>
        <source>Back to my documents</source>
        <translation>Back to my documents</translation>
    </message>
    <message>
        <source>Show the files of this session again</source>
        <translation>Show the files of this session again</translation>
    </message>
    <message>
        <source>From my USB stick</source>
        <translation>From my USB stick</translation>
    </message>
</context>
<context>
    <name>EidGuide</name>
    <message>
        <source>Online ID card</source>
        <translation>Online ID card</translation>
    </message>
    <message>
        <source>A service</source>
        <translation>A service</translation>
    </message>
    <message>
        <source>{provider} asks for data from your ID card</source>
        <translation>{provider} asks for data from your ID card</translation>
    </message>
    <message>
        <source>These data will be sent:</source>
        <translation>These data will be sent:</translation>
    </message>
    <message>
        <source>Provider: {url}</source>
        <translation>Provider: {url}</translation>
    </message>
    <message>
        <source>Place your ID card on the card reader</source>
        <translation>Place your ID card on the card reader</translation>
    </message>
    <message>
        <source>Leave it there until the login is finished.</source>
        <translation>Leave it there until the login is finished.</translation>
    </message>
    <message>
        <source>The card reader is {where}.</source>
        <translation>The card reader is {where}.</translation>
    </message>
    <message>
        <source>Type it on the keys of the card reader, then press its OK key.</source>
        <translation>Type it on the keys of the card reader, then press its OK key.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>That did not work. Please try again.</translation>
    </message>
    <message>
        <source>The PIN was wrong once. Please check it carefully.</source>
        <translation>The PIN was wrong once. Please check it carefully.</translation>
    </message>
    <message>
        <source>The online function is switched off</source>
        <translation>The online function is switched off</translation>
    </message>
    <message>
        <source>The online function of this ID card is not switched on. The Bürgeramt can switch it on for you.</source>
        <translation>The online function of this ID card is not switched on. The Bürgeramt can switch it on for you.</translation>
    </message>
    <message>
        <source>The PIN is blocked</source>
        <translation>The PIN is blocked</translation>
    </message>
    <message>
        <source>The PIN of this ID card is blocked. The Bürgeramt can help you.</source>
        <translation>The PIN of this ID card is blocked. The Bürgeramt can help you.</translation>
    </message>
    <message>
        <source>Login not possible</source>
        <translation>Login not possible</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Connecting to the service. This can take a moment.</source>
        <translation>Connecting to the service. This can take a moment.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Name at birth</source>
        <translation>Name at birth</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translation>Doctoral degree</translation>
    </message>
    <message>
        <source>Artistic name or religious name</source>
        <translation>Artistic name or religious name</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Country that issued the card</source>
        <translation>Country that issued the card</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>Type of document</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Notes in the residence permit (part 1)</source>
        <translation>Notes in the residence permit (part 1)</translation>
    </message>
    <message>
        <source>Notes in the residence permit (part 2)</source>
        <translation>Notes in the residence permit (part 2)</translation>
    </message>
    <message>
        <source>Municipality code of the address</source>
        <translation>Municipality code of the address</translation>
    </message>
    <message>
        <source>Check: do you live in a certain place</source>
        <translation>Check: do you live in a certain place</translation>
    </message>
    <message>
        <source>Check: are you old enough</source>
        <translation>Check: are you old enough</translation>
    </message>
    <message>
        <source>A code for this service instead of your name</source>
        <translation>A code for this service instead of your name</translation>
    </message>
    <message>
        <source>Use of the card access number (CAN)</source>
        <translation>Use of the card access number (CAN)</translation>
    </message>
    <message>
        <source>Changing the PIN</source>
        <translation>Changing the PIN</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Enter your PIN</translation>
    </message>
    <message>
        <source>Type the 6-digit PIN of your ID card. It is not shown or stored.</source>
        <translation>Type the 6-digit PIN of your ID card. It is not shown or stored.</translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation>Choose a new PIN</translation>
    </message>
    <message>
        <source>Type a new 6-digit PIN.</source>
        <translation>Type a new 6-digit PIN.</translation>
    </message>
    <message>
        <source>Enter the card access number</source>
        <translation>Enter the card access number</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly twice. Type the 6-digit card access number (CAN). It is printed on the front of your ID card, bottom right.</source>
        <translation>The PIN was entered wrongly twice. Type the 6-digit card access number (CAN). It is printed on the front of your ID card, bottom right.</translation>
    </message>
    <message>
        <source>Enter your PUK</source>
        <translation>Enter your PUK</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly three times. Type the 10-digit PUK from the letter you got with your ID card.</source>
        <translation>The PIN was entered wrongly three times. Type the 10-digit PUK from the letter you got with your ID card.</translation>
    </message>
    <message>
        <source>The connection to the ID card program was lost.</source>
        <translation>The connection to the ID card program was lost.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>The login was cancelled.</translation>
    </message>
    <message>
        <source>The service could not be reached. Please try again later.</source>
        <translation>The service could not be reached. Please try again later.</translation>
    </message>
    <message>
        <source>The service sent a request that cannot be used.</source>
        <translation>The service sent a request that cannot be used.</translation>
    </message>
    <message>
        <source>The login with the ID card did not work.</source>
        <translation>The login with the ID card did not work.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Send these data to the service</source>
        <translation>Send these data to the service</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the login</source>
        <translation>Stop the login</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
    <message>
        <source>Use the test card</source>
        <translation>Use the test card</translation>
    </message>
    <message>
        <source>Demo only</source>
        <translation>Demo only</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Picture: an ID card on the card reader</source>
        <translation>Picture: an ID card on the card reader</translation>
    </message>
</context>
<context>
    <name>EntriesStep</name>
    <message>
        <source>When (e.g. 2015 – 2018)</source>
        <translation>When (e.g. 2015 – 2018)</translation>
    </message>
    <message>
        <source>What (school, training, job)</source>
        <translation>What (school, training, job)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Details (optional)</translation>
    </message>
    <message>
        <source>You can leave this empty</source>
        <translation>You can leave this empty</translation>
    </message>
    <message>
        <source>+ Add a row</source>
        <translation>+ Add a row</translation>
    </message>
    <message>
        <source>One more row</source>
        <translation>One more row</translation>
    </message>
</context>
<context>
    <name>FormStep</name>
    <message>
        <source>Needed for the documents</source>
        <translation>Needed for the documents</translation>
    </message>
    <message>
        <source>You can leave this empty</source>
        <translation>You can leave this empty</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>If you do nothing, your session ends in %n second(s) and everything is deleted.</source>
        <translation>
            <numerusform>If you do nothing, your session ends in %n second and everything is deleted.</numerusform>
            <numerusform>If you do nothing, your session ends in %n seconds and everything is deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Keep using this computer</source>
        <translation>Keep using this computer</translation>
    </message>
</context>
<context>
    <name>LanguageOverlay</name>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>Show all texts in this language</source>
        <translation>Show all texts in this language</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Keep the current language</source>
        <translation>Keep the current language</translation>
    </message>
</context>
<context>
    <name>LanguagesStep</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>How well (e.g. mother tongue, good, B1)</source>
        <translation>How well (e.g. mother tongue, good, B1)</translation>
    </message>
    <message>
        <source>You can leave this empty</source>
        <translation>You can leave this empty</translation>
    </message>
</context>
<context>
    <name>LauncherScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>Open this service</source>
        <translation>Open this service</translation>
    </message>
</context>
<context>
    <name>LinesStep</name>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>One a line</source>
        <translation>One a line</translation>
    </message>
</context>
<context>
    <name>NoticeOverlay</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Keyboard on the screen</source>
        <translation>Keyboard on the screen</translation>
    </message>
    <message>
        <source>Capital letters</source>
        <translation>Capital letters</translation>
    </message>
    <message>
        <source>The next letter is a capital</source>
        <translation>The next letter is a capital</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Type a space</source>
        <translation>Type a space</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Delete the last letter</translation>
    </message>
    <message>
        <source>Delete the letter before the cursor</source>
        <translation>Delete the letter before the cursor</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Confirm or start a new line</source>
        <translation>Confirm or start a new line</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Hide the keyboard</translation>
    </message>
    <message>
        <source>The Keyboard button shows it again</source>
        <translation>The Keyboard button shows it again</translation>
    </message>
    <message>
        <source>Type this character</source>
        <translation>Type this character</translation>
    </message>
    <message>
        <source>Switch the keys</source>
        <translation>Switch the keys</translation>
    </message>
    <message>
        <source>Switch the alphabet</source>
        <translation>Switch the alphabet</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Numbers and signs</source>
        <translation>Numbers and signs</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Latin letters</translation>
    </message>
    <message>
        <source>Arabic letters</source>
        <translation>Arabic letters</translation>
    </message>
    <message>
        <source>Cyrillic letters</source>
        <translation>Cyrillic letters</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This computer is not available right now</source>
        <translation>This computer is not available right now</translation>
    </message>
    <message>
        <source>A card was left in the card reader. Please ask the staff.</source>
        <translation>A card was left in the card reader. Please ask the staff.</translation>
    </message>
    <message>
        <source>It is being checked. Please ask the staff.</source>
        <translation>It is being checked. Please ask the staff.</translation>
    </message>
    <message>
        <source>Please ask the staff.</source>
        <translation>Please ask the staff.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>This file cannot be shown</source>
        <translation>This file cannot be shown</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close this file</source>
        <translation>Close this file</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Photos in My documents</source>
        <translation>Photos in My documents</translation>
    </message>
    <message>
        <source>Choose a photo, or “No photo”</source>
        <translation>Choose a photo, or “No photo”</translation>
    </message>
    <message>
        <source>Or scan your photo: lay it face down on the scanner glass and close the lid.</source>
        <translation>Or scan your photo: lay it face down on the scanner glass and close the lid.</translation>
    </message>
    <message>
        <source>Scan my photo</source>
        <translation>Scan my photo</translation>
    </message>
    <message>
        <source>The photo could not be scanned. Please check the scanner, try again or ask the staff.</source>
        <translation>The photo could not be scanned. Please check the scanner, try again or ask the staff.</translation>
    </message>
    <message>
        <source>Scanning … please wait.</source>
        <translation>Scanning … please wait.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN pad</source>
        <translation>Staff PIN pad</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Staff only: enter the PIN</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Try again in %1 seconds.</source>
        <translation>Try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Please wait %1 seconds.</source>
        <translation>Please wait %1 seconds.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Locked for %1 seconds.</source>
        <translation>Too many wrong PINs. Locked for %1 seconds.</translation>
    </message>
    <message>
        <source>No staff PIN is set. Ask IT to run &apos;kiosk staff set-pin&apos;.</source>
        <translation>No staff PIN is set. Ask IT to run &apos;kiosk staff set-pin&apos;.</translation>
    </message>
    <message>
        <source>The PIN check does not work. Please tell IT.</source>
        <translation>The PIN check does not work. Please tell IT.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Checking …</translation>
    </message>
</context>
<context>
    <name>PrintOverlay</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Your print is ready.</source>
        <translation>Your print is ready.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>ScanOverlay</name>
    <message>
        <source>The paper is stuck in the scanner. Please ask the staff.</source>
        <translation>The paper is stuck in the scanner. Please ask the staff.</translation>
    </message>
    <message>
        <source>There is no paper in the scanner. Please put a page in.</source>
        <translation>There is no paper in the scanner. Please put a page in.</translation>
    </message>
    <message>
        <source>The scanner lid is open. Please close it.</source>
        <translation>The scanner lid is open. Please close it.</translation>
    </message>
    <message>
        <source>The scanner is busy. Please wait a moment and try again.</source>
        <translation>The scanner is busy. Please wait a moment and try again.</translation>
    </message>
    <message>
        <source>The scanner does not answer. Please ask the staff.</source>
        <translation>The scanner does not answer. Please ask the staff.</translation>
    </message>
    <message>
        <source>Scanning did not work. Please try again.</source>
        <translation>Scanning did not work. Please try again.</translation>
    </message>
    <message>
        <source>Scan a document</source>
        <translation>Scan a document</translation>
    </message>
    <message>
        <source>Scanning page %1 …</source>
        <translation>Scanning page %1 …</translation>
    </message>
    <message>
        <source>Put the first page face down on the glass and close the lid. Then press “Scan page”.</source>
        <translation>Put the first page face down on the glass and close the lid. Then press “Scan page”.</translation>
    </message>
    <message>
        <source>That is the most pages for one document.</source>
        <translation>That is the most pages for one document.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned. Put in the next page, or save the document.</source>
        <translation>
            <numerusform>%n page scanned. Put in the next page, or save the document.</numerusform>
            <numerusform>%n pages scanned. Put in the next page, or save the document.</numerusform>
        </translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Black and white</translation>
    </message>
    <message>
        <source>Scan in grey</source>
        <translation>Scan in grey</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Scan in colour</source>
        <translation>Scan in colour</translation>
    </message>
    <message>
        <source>Scan page</source>
        <translation>Scan page</translation>
    </message>
    <message>
        <source>Scan next page</source>
        <translation>Scan next page</translation>
    </message>
    <message>
        <source>Scan the page on the glass</source>
        <translation>Scan the page on the glass</translation>
    </message>
    <message>
        <source>Scan this page again</source>
        <translation>Scan this page again</translation>
    </message>
    <message>
        <source>Throw away the last page and scan it again</source>
        <translation>Throw away the last page and scan it again</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Put the pages into one PDF file in My documents</source>
        <translation>Put the pages into one PDF file in My documents</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Throw the pages away</source>
        <translation>Throw the pages away</translation>
    </message>
    <message>
        <source>Preview of page %1</source>
        <translation>Preview of page %1</translation>
    </message>
    <message>
        <source>No page yet</source>
        <translation>No page yet</translation>
    </message>
</context>
<context>
    <name>ServiceView</name>
    <message>
        <source>Web page</source>
        <translation>Web page</translation>
    </message>
    <message>
        <source>This page is not part of this service</source>
        <translation>This page is not part of this service</translation>
    </message>
    <message>
        <source>The address {host} cannot be opened here.</source>
        <translation>The address {host} cannot be opened here.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Logging in with the ID card is not possible at this computer right now. Please ask the staff.</source>
        <translation>Logging in with the ID card is not possible at this computer right now. Please ask the staff.</translation>
    </message>
    <message>
        <source>This link opens another program</source>
        <translation>This link opens another program</translation>
    </message>
    <message>
        <source>Other programs cannot be opened on this computer. Please ask the staff.</source>
        <translation>Other programs cannot be opened on this computer. Please ask the staff.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Online ID card</source>
        <translation>Online ID card</translation>
    </message>
    <message>
        <source>Files cannot be uploaded to this service.</source>
        <translation>Files cannot be uploaded to this service.</translation>
    </message>
    <message>
        <source>Printing is not available on this computer.</source>
        <translation>Printing is not available on this computer.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The page says</source>
        <translation>The page says</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This page stopped working</source>
        <translation>This page stopped working</translation>
    </message>
    <message>
        <source>You can load it again or end your session.</source>
        <translation>You can load it again or end your session.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Time is almost up</source>
        <translation>Time is almost up</translation>
    </message>
    <message numerus="yes">
        <source>Your session ends in %n minute(s). Please finish and save or print what you need.</source>
        <translation>
            <numerusform>Your session ends in %n minute. Please finish and save or print what you need.</numerusform>
            <numerusform>Your session ends in %n minutes. Please finish and save or print what you need.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShellBar</name>
    <message>
        <source>No page open</source>
        <translation>No page open</translation>
    </message>
    <message>
        <source>secure</source>
        <translation>secure</translation>
    </message>
    <message>
        <source>not secure</source>
        <translation>not secure</translation>
    </message>
    <message>
        <source>Page address: {host}</source>
        <translation>Page address: {host}</translation>
    </message>
    <message>
        <source>Card reader ready</source>
        <translation>Card reader ready</translation>
    </message>
    <message>
        <source>Card on the reader</source>
        <translation>Card on the reader</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>No card reader</translation>
    </message>
    <message>
        <source>Card reader not working</source>
        <translation>Card reader not working</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Read this screen aloud; press again to stop</source>
        <translation>Read this screen aloud; press again to stop</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Show all services</source>
        <translation>Show all services</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Load the page again</source>
        <translation>Load the page again</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation>Print this page</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>My documents</translation>
    </message>
    <message>
        <source>Files saved in this session</source>
        <translation>Files saved in this session</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <source>Show or hide the keyboard on the screen</source>
        <translation>Show or hide the keyboard on the screen</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translation>Text size and colours</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Change the language</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>How to get help</source>
        <translation>How to get help</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>Finish and delete everything</source>
        <translation>Finish and delete everything</translation>
    </message>
</context>
<context>
    <name>ShellDocuments</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Saved on your USB stick</source>
        <translation>Saved on your USB stick</translation>
    </message>
    <message>
        <source>The file is now on your USB stick.</source>
        <translation>The file is now on your USB stick.</translation>
    </message>
    <message>
        <source>The USB stick was taken out</source>
        <translation>The USB stick was taken out</translation>
    </message>
    <message>
        <source>The file was not saved. Please plug the stick in again and try once more.</source>
        <translation>The file was not saved. Please plug the stick in again and try once more.</translation>
    </message>
    <message>
        <source>Your USB stick is full</source>
        <translation>Your USB stick is full</translation>
    </message>
    <message>
        <source>The file was not saved. There is no room left on the stick.</source>
        <translation>The file was not saved. There is no room left on the stick.</translation>
    </message>
    <message>
        <source>This USB stick cannot be used</source>
        <translation>This USB stick cannot be used</translation>
    </message>
    <message>
        <source>The computer cannot read this stick. Please ask the staff for help.</source>
        <translation>The computer cannot read this stick. Please ask the staff for help.</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <source>Please try again or ask the staff.</source>
        <translation>Please try again or ask the staff.</translation>
    </message>
</context>
<context>
    <name>SpeechRow</name>
    <message>
        <source>Reading speed: {step} of {count}</source>
        <translation>Reading speed: {step} of {count}</translation>
    </message>
    <message>
        <source>Read slower</source>
        <translation>Read slower</translation>
    </message>
    <message>
        <source>Speak more slowly</source>
        <translation>Speak more slowly</translation>
    </message>
    <message>
        <source>Read faster</source>
        <translation>Read faster</translation>
    </message>
    <message>
        <source>Speak more quickly</source>
        <translation>Speak more quickly</translation>
    </message>
    <message>
        <source>Read messages aloud: on</source>
        <translation>Read messages aloud: on</translation>
    </message>
    <message>
        <source>Read messages aloud: off</source>
        <translation>Read messages aloud: off</translation>
    </message>
    <message>
        <source>Say warnings and messages aloud when they appear</source>
        <translation>Say warnings and messages aloud when they appear</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>Staff panel</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>This station</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Message residents will see while out of service</source>
        <translation>Message residents will see while out of service</translation>
    </message>
    <message>
        <source>Screen reader on or off</source>
        <translation>Screen reader on or off</translation>
    </message>
    <message>
        <source>Loading the station state …</source>
        <translation>Loading the station state …</translation>
    </message>
    <message>
        <source>The station state cannot be read.</source>
        <translation>The station state cannot be read.</translation>
    </message>
    <message>
        <source>Version %1, running for %2.</source>
        <translation>Version %1, running for %2.</translation>
    </message>
    <message>
        <source>Disk: %1% free.</source>
        <translation>Disk: %1% free.</translation>
    </message>
    <message>
        <source>Out of service.</source>
        <translation>Out of service.</translation>
    </message>
    <message>
        <source>A card was left in the card reader.</source>
        <translation>A card was left in the card reader.</translation>
    </message>
    <message>
        <source>Deleting the last session&apos;s data failed. Press “Back in service” to try again; if that fails too, tell IT.</source>
        <translation>Deleting the last session&apos;s data failed. Press “Back in service” to try again; if that fails too, tell IT.</translation>
    </message>
    <message>
        <source>Residents see: %1</source>
        <translation>Residents see: %1</translation>
    </message>
    <message>
        <source>In service.</source>
        <translation>In service.</translation>
    </message>
    <message>
        <source>A resident is using the station.</source>
        <translation>A resident is using the station.</translation>
    </message>
    <message>
        <source>Nobody is using the station.</source>
        <translation>Nobody is using the station.</translation>
    </message>
    <message>
        <source>A card was left behind. Take it, keep it safe, then press “Forgotten card taken”.</source>
        <translation>A card was left behind. Take it, keep it safe, then press “Forgotten card taken”.</translation>
    </message>
    <message>
        <source>Card readers: none found.</source>
        <translation>Card readers: none found.</translation>
    </message>
    <message>
        <source>%1: a card is inserted.</source>
        <translation>%1: a card is inserted.</translation>
    </message>
    <message>
        <source>%1: no card.</source>
        <translation>%1: no card.</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Visits: %1</translation>
    </message>
    <message>
        <source>Pages printed: %1</source>
        <translation>Pages printed: %1</translation>
    </message>
    <message>
        <source>ID card uses: %1</source>
        <translation>ID card uses: %1</translation>
    </message>
    <message>
        <source>Cards left behind: %1</source>
        <translation>Cards left behind: %1</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>Scanner: %1</translation>
    </message>
    <message>
        <source>Pages scanned: %1</source>
        <translation>Pages scanned: %1</translation>
    </message>
    <message>
        <source>To collect for printing: %1</source>
        <translation>To collect for printing: %1</translation>
    </message>
    <message>
        <source>Network: connected.</source>
        <translation>Network: connected.</translation>
    </message>
    <message>
        <source>Network: not connected.</source>
        <translation>Network: not connected.</translation>
    </message>
    <message>
        <source>Network: unknown.</source>
        <translation>Network: unknown.</translation>
    </message>
    <message>
        <source>Usage upload: not set up for this station.</source>
        <translation>Usage upload: not set up for this station.</translation>
    </message>
    <message>
        <source>Last usage upload: never.</source>
        <translation>Last usage upload: never.</translation>
    </message>
    <message>
        <source>Last usage upload: %1.</source>
        <translation>Last usage upload: %1.</translation>
    </message>
    <message>
        <source>The last try failed (%1). It is tried again later.</source>
        <translation>The last try failed (%1). It is tried again later.</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <source>Printing is off at this station.</source>
        <translation>Printing is off at this station.</translation>
    </message>
    <message>
        <source>Printer: ready.</source>
        <translation>Printer: ready.</translation>
    </message>
    <message>
        <source>Printer: printing.</source>
        <translation>Printer: printing.</translation>
    </message>
    <message>
        <source>Printer: stopped.</source>
        <translation>Printer: stopped.</translation>
    </message>
    <message>
        <source>Printer: cannot be reached. If this stays, tell IT.</source>
        <translation>Printer: cannot be reached. If this stays, tell IT.</translation>
    </message>
    <message>
        <source>Printer: not set up on this computer. Tell IT.</source>
        <translation>Printer: not set up on this computer. Tell IT.</translation>
    </message>
    <message>
        <source>Needs attention since %1: %2</source>
        <translation>Needs attention since %1: %2</translation>
    </message>
    <message>
        <source>a print job made no progress and was cancelled.</source>
        <translation>a print job made no progress and was cancelled.</translation>
    </message>
    <message>
        <source>At %1 the print service stopped during a print job and started again. The job was kept.</source>
        <translation>At %1 the print service stopped during a print job and started again. The job was kept.</translation>
    </message>
    <message>
        <source>The printer takes no new print jobs.</source>
        <translation>The printer takes no new print jobs.</translation>
    </message>
    <message>
        <source>Paper jam.</source>
        <translation>Paper jam.</translation>
    </message>
    <message>
        <source>Out of paper.</source>
        <translation>Out of paper.</translation>
    </message>
    <message>
        <source>Paper is running low.</source>
        <translation>Paper is running low.</translation>
    </message>
    <message>
        <source>Toner or ink is empty.</source>
        <translation>Toner or ink is empty.</translation>
    </message>
    <message>
        <source>Toner or ink is running low.</source>
        <translation>Toner or ink is running low.</translation>
    </message>
    <message>
        <source>A door or cover is open.</source>
        <translation>A door or cover is open.</translation>
    </message>
    <message>
        <source>The printer is off or not connected.</source>
        <translation>The printer is off or not connected.</translation>
    </message>
    <message>
        <source>The print queue is paused.</source>
        <translation>The print queue is paused.</translation>
    </message>
    <message>
        <source>The printer reports: %1</source>
        <translation>The printer reports: %1</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>%1: level unknown</source>
        <translation>%1: level unknown</translation>
    </message>
    <message>
        <source>(low)</source>
        <translation>(low)</translation>
    </message>
    <message>
        <source>Supplies: %1</source>
        <translation>Supplies: %1</translation>
    </message>
    <message>
        <source>No print jobs are waiting.</source>
        <translation>No print jobs are waiting.</translation>
    </message>
    <message>
        <source>Print jobs: %1; the oldest are shown.</source>
        <translation>Print jobs: %1; the oldest are shown.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>on hold</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>printing</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>Cancel print job %1 (%2, pages: %3)</source>
        <translation>Cancel print job %1 (%2, pages: %3)</translation>
    </message>
    <message>
        <source>Cancel print job %1 (%2)</source>
        <translation>Cancel print job %1 (%2)</translation>
    </message>
    <message>
        <source>The session was ended. Everything of it is being deleted.</source>
        <translation>The session was ended. Everything of it is being deleted.</translation>
    </message>
    <message>
        <source>The station is out of service. Residents see your message.</source>
        <translation>The station is out of service. Residents see your message.</translation>
    </message>
    <message>
        <source>The station is out of service.</source>
        <translation>The station is out of service.</translation>
    </message>
    <message>
        <source>The station is back in service.</source>
        <translation>The station is back in service.</translation>
    </message>
    <message>
        <source>Thank you. The station no longer waits for the card.</source>
        <translation>Thank you. The station no longer waits for the card.</translation>
    </message>
    <message>
        <source>The screen reader is on until the session ends.</source>
        <translation>The screen reader is on until the session ends.</translation>
    </message>
    <message>
        <source>The screen reader is off.</source>
        <translation>The screen reader is off.</translation>
    </message>
    <message>
        <source>Cancelling print job %1 …</source>
        <translation>Cancelling print job %1 …</translation>
    </message>
    <message>
        <source>Sending the test page …</source>
        <translation>Sending the test page …</translation>
    </message>
    <message>
        <source>That did not work. Please tell IT.</source>
        <translation>That did not work. Please tell IT.</translation>
    </message>
    <message>
        <source>Print job %1 had already ended.</source>
        <translation>Print job %1 had already ended.</translation>
    </message>
    <message>
        <source>Print job %1 was not sent from this station; it cannot be cancelled here.</source>
        <translation>Print job %1 was not sent from this station; it cannot be cancelled here.</translation>
    </message>
    <message>
        <source>The printer cannot be reached. Please try again; if it keeps failing, tell IT.</source>
        <translation>The printer cannot be reached. Please try again; if it keeps failing, tell IT.</translation>
    </message>
    <message>
        <source>Print job %1 was cancelled.</source>
        <translation>Print job %1 was cancelled.</translation>
    </message>
    <message>
        <source>The test page was sent to the printer (job %1).</source>
        <translation>The test page was sent to the printer (job %1).</translation>
    </message>
    <message>
        <source>Message for residents</source>
        <translation>Message for residents</translation>
    </message>
    <message>
        <source>Version and disk</source>
        <translation>Version and disk</translation>
    </message>
    <message>
        <source>End the session now</source>
        <translation>End the session now</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Back in service</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <source>Forgotten card taken</source>
        <translation>Forgotten card taken</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
</context>
<context>
    <name>TakeStickOverlay</name>
    <message>
        <source>Please take your USB stick</source>
        <translation>Please take your USB stick</translation>
    </message>
    <message>
        <source>Your session has ended. Your USB stick is still in the computer. Please take it with you now.</source>
        <translation>Your session has ended. Your USB stick is still in the computer. Please take it with you now.</translation>
    </message>
    <message>
        <source>I have my stick</source>
        <translation>I have my stick</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>TermsScreen</name>
    <message>
        <source>Rules for using this computer</source>
        <translation>Rules for using this computer</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>I agree</translation>
    </message>
    <message>
        <source>Accept the rules and continue</source>
        <translation>Accept the rules and continue</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Go back to the start screen</source>
        <translation>Go back to the start screen</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Log in to your citizen account</source>
        <translation>Log in to your citizen account</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Read this screen aloud; press again to stop</source>
        <translation>Read this screen aloud; press again to stop</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>You can use this computer for free. When you are done, everything of yours is deleted.</source>
        <translation>You can use this computer for free. When you are done, everything of yours is deleted.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Begin using this computer</source>
        <translation>Begin using this computer</translation>
    </message>
    <message>
        <source>Show all texts in this language</source>
        <translation>Show all texts in this language</translation>
    </message>
    <message>
        <source>Bigger text and contrast</source>
        <translation>Bigger text and contrast</translation>
    </message>
    <message>
        <source>Change the text size and the colours</source>
        <translation>Change the text size and the colours</translation>
    </message>
</context>
<context>
    <name>WipingScreen</name>
    <message>
        <source>Deleting your data … one moment</source>
        <translation>Deleting your data … one moment</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Write an application</source>
        <translation>Write an application</translation>
    </message>
    <message>
        <source>CV and cover letter, step by step</source>
        <translation>CV and cover letter, step by step</translation>
    </message>
</context>
<context>
    <name>WriterScreen</name>
    <message>
        <source>Please write your name in the first step first.</source>
        <translation>Please write your name in the first step first.</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <source>Saved in “My documents” as PDF and as Word file. To send it, open the job portal and choose the file there.</source>
        <translation>Saved in “My documents” as PDF and as Word file. To send it, open the job portal and choose the file there.</translation>
    </message>
    <message>
        <source>This photo cannot be used. Please choose another picture or “No photo” in the step “Photo”.</source>
        <translation>This photo cannot be used. Please choose another picture or “No photo” in the step “Photo”.</translation>
    </message>
    <message>
        <source>The PDF could not be made. Please ask the staff.</source>
        <translation>The PDF could not be made. Please ask the staff.</translation>
    </message>
    <message>
        <source>First and last name (needed)</source>
        <translation>First and last name (needed)</translation>
    </message>
    <message>
        <source>Street and house number</source>
        <translation>Street and house number</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Postcode and town</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Date and place of birth (optional)</source>
        <translation>Date and place of birth (optional)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Contact person (e.g. Frau Müller)</source>
        <translation>Contact person (e.g. Frau Müller)</translation>
    </message>
    <message>
        <source>Company: street and number</source>
        <translation>Company: street and number</translation>
    </message>
    <message>
        <source>Company: postcode and town</source>
        <translation>Company: postcode and town</translation>
    </message>
    <message>
        <source>Subject (e.g. Bewerbung als Verkäuferin)</source>
        <translation>Subject (e.g. Bewerbung als Verkäuferin)</translation>
    </message>
    <message>
        <source>Where you saw the job (optional)</source>
        <translation>Where you saw the job (optional)</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Place and date</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>Only your name is needed. Leave out what you do not want to give.</source>
        <translation>Only your name is needed. Leave out what you do not want to give.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>A photo is optional in Germany. Choose one from “My documents”, or none.</source>
        <translation>A photo is optional in Germany. Choose one from “My documents”, or none.</translation>
    </message>
    <message>
        <source>School and training</source>
        <translation>School and training</translation>
    </message>
    <message>
        <source>The newest first. You can skip this step.</source>
        <translation>The newest first. You can skip this step.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Jobs, internships, voluntary work: the newest first.</source>
        <translation>Jobs, internships, voluntary work: the newest first.</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>One skill a line, e.g. driving licence B, computer, cash desk.</source>
        <translation>One skill a line, e.g. driving licence B, computer, cash desk.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Every language you speak counts.</source>
        <translation>Every language you speak counts.</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>One a line, e.g. football, cooking. You can skip this step.</source>
        <translation>One a line, e.g. football, cooking. You can skip this step.</translation>
    </message>
    <message>
        <source>Cover letter: to whom</source>
        <translation>Cover letter: to whom</translation>
    </message>
    <message>
        <source>The company&apos;s address goes into the window of the envelope.</source>
        <translation>The company&apos;s address goes into the window of the envelope.</translation>
    </message>
    <message>
        <source>Cover letter: your text</source>
        <translation>Cover letter: your text</translation>
    </message>
    <message>
        <source>Write a few sentences for each part. Words the spell checker does not know are underlined in red.</source>
        <translation>Write a few sentences for each part. Words the spell checker does not know are underlined in red.</translation>
    </message>
    <message>
        <source>Make the documents</source>
        <translation>Make the documents</translation>
    </message>
    <message>
        <source>Each is saved as PDF and as Word file in “My documents”.</source>
        <translation>Each is saved as PDF and as Word file in “My documents”.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>The step before</source>
        <translation>The step before</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>The next step; you can skip it</source>
        <translation>The next step; you can skip it</translation>
    </message>
    <message>
        <source>Make CV (PDF)</source>
        <translation>Make CV (PDF)</translation>
    </message>
    <message>
        <source>Save the CV as PDF and Word file</source>
        <translation>Save the CV as PDF and Word file</translation>
    </message>
    <message>
        <source>Make cover letter (PDF)</source>
        <translation>Make cover letter (PDF)</translation>
    </message>
    <message>
        <source>Save the cover letter as PDF and Word file</source>
        <translation>Save the cover letter as PDF and Word file</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show the PDF</source>
        <translation>Show the PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print the PDF (you see the price first)</source>
        <translation>Print the PDF (you see the price first)</translation>
    </message>
</context>
<context>
    <name>_LoginOverlay</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>The page asks you to log in</source>
        <translation>The page asks you to log in</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Shown as dots only</source>
        <translation>Shown as dots only</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Send the name and password</source>
        <translation>Send the name and password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Do not log in</source>
        <translation>Do not log in</translation>
    </message>
    <message>
        <source>{host} asks you to log in</source>
        <translation>{host} asks you to log in</translation>
    </message>
</context>
</TS>
