<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BarActions</name>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Printing is not available on this computer. Please ask the staff.</source>
        <translation>Drucken geht an diesem Computer nicht. Bitte fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Please ask the staff in this office. They are glad to help you.</source>
        <translation>Bitte fragen Sie das Personal in diesem Büro. Es hilft Ihnen gern.</translation>
    </message>
    <message>
        <source>File saved</source>
        <translation>Datei gespeichert</translation>
    </message>
    <message>
        <source>You find it under “My documents”. It is deleted when you end.</source>
        <translation>Sie finden sie unter „Meine Dokumente“. Sie wird am Ende gelöscht.</translation>
    </message>
    <message>
        <source>This file cannot be saved</source>
        <translation>Diese Datei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Only documents such as PDF files and pictures can be saved here.</source>
        <translation>Hier können Sie nur Dokumente wie PDF-Dateien und Bilder speichern.</translation>
    </message>
</context>
<context>
    <name>BodyStep</name>
    <message>
        <source>Tap a word first, then “Spelling help”.</source>
        <translation>Tippen Sie zuerst auf ein Wort, dann auf „Rechtschreibhilfe“.</translation>
    </message>
    <message>
        <source>“%1” is spelt right.</source>
        <translation>„%1“ ist richtig geschrieben.</translation>
    </message>
    <message>
        <source>Instead of “%1”:</source>
        <translation>Statt „%1“:</translation>
    </message>
    <message>
        <source>No suggestion for “%1”.</source>
        <translation>Kein Vorschlag für „%1“.</translation>
    </message>
    <message>
        <source>Put this word in instead</source>
        <translation>Dieses Wort stattdessen einsetzen</translation>
    </message>
    <message>
        <source>1. Start: which job you apply for and where you saw it (e.g. “I read your advertisement on the job portal…”).</source>
        <translation>1. Einstieg: Auf welche Stelle Sie sich bewerben und wo Sie sie gefunden haben (z. B. „Ich habe Ihre Anzeige im Jobportal gelesen …“).</translation>
    </message>
    <message>
        <source>2. About you: what you have learned and done so far that fits this job. Give one or two examples.</source>
        <translation>2. Über Sie: Was Sie bisher gelernt und gemacht haben, das zu dieser Stelle passt. Nennen Sie ein oder zwei Beispiele.</translation>
    </message>
    <message>
        <source>3. Why this company: what you like about the company and the work, and what you can bring to it.</source>
        <translation>3. Warum diese Firma: Was Ihnen an der Firma und der Arbeit gefällt und was Sie einbringen können.</translation>
    </message>
    <message>
        <source>4. End: from when you can start, and that you look forward to an interview.</source>
        <translation>4. Schluss: Ab wann Sie anfangen können und dass Sie sich auf ein Gespräch freuen.</translation>
    </message>
    <message>
        <source>Words the spell checker does not know are underlined</source>
        <translation>Wörter, die die Rechtschreibprüfung nicht kennt, sind unterstrichen</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Make the chosen words bold</source>
        <translation>Die gewählten Wörter fett machen</translation>
    </message>
    <message>
        <source>Spelling help</source>
        <translation>Rechtschreibhilfe</translation>
    </message>
    <message>
        <source>Suggestions for the word at the cursor</source>
        <translation>Vorschläge für das Wort am Cursor</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Make this paragraph a list point, or a paragraph again</source>
        <translation>Diesen Absatz zum Listenpunkt machen oder wieder zum Absatz</translation>
    </message>
</context>
<context>
    <name>CardLeftScreen</name>
    <message>
        <source>Your card is still in the reader</source>
        <translation>Ihre Karte steckt noch</translation>
    </message>
    <message>
        <source>Picture: a card in the card reader</source>
        <translation>Bild: eine Karte im Kartenleser</translation>
    </message>
    <message>
        <source>Please take your card</source>
        <translation>Bitte nehmen Sie Ihre Karte</translation>
    </message>
    <message>
        <source>Your card is still in the card reader.</source>
        <translation>Ihre Karte steckt noch im Kartenleser.</translation>
    </message>
    <message>
        <source>The card reader is {where}.</source>
        <translation>Der Kartenleser ist {where}.</translation>
    </message>
    <message>
        <source>A card was left in the reader</source>
        <translation>Eine Karte wurde im Lesegerät vergessen</translation>
    </message>
    <message>
        <source>Please ask the staff for help.</source>
        <translation>Bitte fragen Sie das Personal.</translation>
    </message>
</context>
<context>
    <name>ConfirmEndOverlay</name>
    <message>
        <source>End your session?</source>
        <translation>Sitzung beenden?</translation>
    </message>
    <message>
        <source>Everything of yours on this computer will be deleted: pages, logins and files.</source>
        <translation>Alles von Ihnen auf diesem Computer wird gelöscht: Seiten, Anmeldungen und Dateien.</translation>
    </message>
    <message>
        <source>Yes, end and delete</source>
        <translation>Ja, beenden und löschen</translation>
    </message>
    <message>
        <source>End the session now</source>
        <translation>Sitzung jetzt beenden</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Nein, zurück</translation>
    </message>
    <message>
        <source>Keep using this computer</source>
        <translation>Computer weiter benutzen</translation>
    </message>
</context>
<context>
    <name>ConfirmWidget</name>
    <message>
        <source>Print confirmation</source>
        <translation>Druck bestätigen</translation>
    </message>
    <message>
        <source>Print this document?</source>
        <translation>Dieses Dokument drucken?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print now</source>
        <translation>Jetzt drucken</translation>
    </message>
    <message>
        <source>Send it to the printer</source>
        <translation>Zum Drucker schicken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Do not print</source>
        <translation>Nicht drucken</translation>
    </message>
    <message>
        <source>Back to the page</source>
        <translation>Zurück zur Seite</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Seiten: %1</translation>
    </message>
    <message>
        <source>Sheets of paper: %1</source>
        <translation>Blätter Papier: %1</translation>
    </message>
    <message>
        <source>Price: %1 (please pay the staff)</source>
        <translation>Preis: %1 (bitte beim Personal bezahlen)</translation>
    </message>
    <message>
        <source>Price: free</source>
        <translation>Preis: kostenlos</translation>
    </message>
    <message>
        <source>Free pages left after this: %1</source>
        <translation>Danach noch freie Seiten: %1</translation>
    </message>
</context>
<context>
    <name>DigitPad</name>
    <message>
        <source>Digit {digit}</source>
        <translation>Ziffer {digit}</translation>
    </message>
    <message>
        <source>Shown as a dot only</source>
        <translation>Wird nur als Punkt gezeigt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Send the number</source>
        <translation>Die Zahl abschicken</translation>
    </message>
    <message>
        <source>{typed} of {length} digits entered</source>
        <translation>{typed} von {length} Ziffern eingegeben</translation>
    </message>
    <message>
        <source>{typed} digits entered</source>
        <translation>{typed} Ziffern eingegeben</translation>
    </message>
</context>
<context>
    <name>DisplayOverlay</name>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Make the text bigger or change the colours.</source>
        <translation>Machen Sie die Schrift größer oder ändern Sie die Farben.</translation>
    </message>
    <message>
        <source>Text size: {percent} %</source>
        <translation>Schriftgröße: {percent} %</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Make all text on the screen bigger</source>
        <translation>Alle Schrift auf dem Bildschirm größer machen</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Make all text on the screen smaller</source>
        <translation>Alle Schrift auf dem Bildschirm kleiner machen</translation>
    </message>
    <message>
        <source>Strong contrast: on</source>
        <translation>Starker Kontrast: an</translation>
    </message>
    <message>
        <source>Strong contrast: off</source>
        <translation>Starker Kontrast: aus</translation>
    </message>
    <message>
        <source>Black background with bright text and yellow buttons</source>
        <translation>Schwarzer Hintergrund, helle Schrift und gelbe Knöpfe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Back to what you were doing</source>
        <translation>Zurück zu dem, was Sie gerade gemacht haben</translation>
    </message>
</context>
<context>
    <name>DocumentsOverlay</name>
    <message>
        <source>No files yet. Files you download appear here.</source>
        <translation>Noch keine Dateien. Dateien, die Sie herunterladen, erscheinen hier.</translation>
    </message>
    <message>
        <source>Choose a file to send</source>
        <translation>Wählen Sie eine Datei zum Senden</translation>
    </message>
    <message>
        <source>Only files saved in this session are shown.</source>
        <translation>Hier sind nur Dateien aus dieser Sitzung.</translation>
    </message>
    <message>
        <source>Send this file</source>
        <translation>Diese Datei senden</translation>
    </message>
    <message>
        <source>Reading your USB stick …</source>
        <translation>Ihr USB-Stick wird gelesen …</translation>
    </message>
    <message>
        <source>Your USB stick has no file that can be sent here.</source>
        <translation>Auf Ihrem USB-Stick ist keine Datei, die hier gesendet werden kann.</translation>
    </message>
    <message>
        <source>Choose a file from your USB stick</source>
        <translation>Datei von Ihrem USB-Stick wählen</translation>
    </message>
    <message>
        <source>Only documents and pictures are shown. Nothing is changed.</source>
        <translation>Es werden nur Dokumente und Bilder gezeigt. Nichts wird verändert.</translation>
    </message>
    <message>
        <source>Give the chosen file to the page</source>
        <translation>Die gewählte Datei an die Seite geben</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Meine Dokumente</translation>
    </message>
    <message>
        <source>Files you saved in this session. They are deleted when you end.</source>
        <translation>Dateien, die Sie in dieser Sitzung gespeichert haben. Sie werden am Ende gelöscht.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show the chosen file</source>
        <translation>Die gewählte Datei zeigen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print the chosen file</source>
        <translation>Die gewählte Datei drucken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send no file</source>
        <translation>Keine Datei schicken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Back to the page</source>
        <translation>Zurück zur Seite</translation>
    </message>
    <message>
        <source>Scan a document</source>
        <translation>Dokument scannen</translation>
    </message>
    <message>
        <source>Scan paper pages into one PDF file</source>
        <translation>Papierseiten in eine PDF-Datei scannen</translation>
    </message>
    <message>
        <source>Save to USB stick</source>
        <translation>Auf USB-Stick speichern</translation>
    </message>
    <message>
        <source>Copy the chosen file to your USB stick</source>
        <translation>Die gewählte Datei auf Ihren USB-Stick kopieren</translation>
    </message>
    <message>
        <source>Back to my documents</source>
        <translation>Zurück zu meinen Dokumenten</translation>
    </message>
    <message>
        <source>Show the files of this session again</source>
        <translation>Die Dateien dieser Sitzung wieder zeigen</translation>
    </message>
    <message>
        <source>From my USB stick</source>
        <translation>Von meinem USB-Stick</translation>
    </message>
</context>
<context>
    <name>EidGuide</name>
    <message>
        <source>Online ID card</source>
        <translation>Online-Ausweis</translation>
    </message>
    <message>
        <source>A service</source>
        <translation>Ein Angebot</translation>
    </message>
    <message>
        <source>{provider} asks for data from your ID card</source>
        <translation>{provider} möchte Daten aus Ihrem Ausweis</translation>
    </message>
    <message>
        <source>These data will be sent:</source>
        <translation>Diese Daten werden geschickt:</translation>
    </message>
    <message>
        <source>Provider: {url}</source>
        <translation>Anbieter: {url}</translation>
    </message>
    <message>
        <source>Place your ID card on the card reader</source>
        <translation>Legen Sie Ihren Ausweis auf den Kartenleser</translation>
    </message>
    <message>
        <source>Leave it there until the login is finished.</source>
        <translation>Lassen Sie ihn dort liegen, bis die Anmeldung fertig ist.</translation>
    </message>
    <message>
        <source>The card reader is {where}.</source>
        <translation>Der Kartenleser ist {where}.</translation>
    </message>
    <message>
        <source>Type it on the keys of the card reader, then press its OK key.</source>
        <translation>Tippen Sie die Zahl auf den Tasten des Kartenlesers ein. Drücken Sie dann dort die OK-Taste.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The PIN was wrong once. Please check it carefully.</source>
        <translation>Die PIN war einmal falsch. Bitte prüfen Sie sie genau.</translation>
    </message>
    <message>
        <source>The online function is switched off</source>
        <translation>Die Online-Funktion ist ausgeschaltet</translation>
    </message>
    <message>
        <source>The online function of this ID card is not switched on. The Bürgeramt can switch it on for you.</source>
        <translation>Die Online-Funktion dieses Ausweises ist nicht eingeschaltet. Das Bürgeramt kann sie für Sie einschalten.</translation>
    </message>
    <message>
        <source>The PIN is blocked</source>
        <translation>Die PIN ist gesperrt</translation>
    </message>
    <message>
        <source>The PIN of this ID card is blocked. The Bürgeramt can help you.</source>
        <translation>Die PIN dieses Ausweises ist gesperrt. Das Bürgeramt kann Ihnen helfen.</translation>
    </message>
    <message>
        <source>Login not possible</source>
        <translation>Anmeldung nicht möglich</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>Connecting to the service. This can take a moment.</source>
        <translation>Verbindung zum Angebot. Das kann einen Moment dauern.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>Name at birth</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translation>Doktorgrad</translation>
    </message>
    <message>
        <source>Artistic name or religious name</source>
        <translation>Künstlername oder Ordensname</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Country that issued the card</source>
        <translation>Staat, der den Ausweis ausgestellt hat</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>Art des Dokuments</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Notes in the residence permit (part 1)</source>
        <translation>Nebenbestimmungen im Aufenthaltstitel (Teil 1)</translation>
    </message>
    <message>
        <source>Notes in the residence permit (part 2)</source>
        <translation>Nebenbestimmungen im Aufenthaltstitel (Teil 2)</translation>
    </message>
    <message>
        <source>Municipality code of the address</source>
        <translation>Gemeindeschlüssel der Anschrift</translation>
    </message>
    <message>
        <source>Check: do you live in a certain place</source>
        <translation>Prüfung: Wohnen Sie an einem bestimmten Ort</translation>
    </message>
    <message>
        <source>Check: are you old enough</source>
        <translation>Prüfung: Sind Sie alt genug</translation>
    </message>
    <message>
        <source>A code for this service instead of your name</source>
        <translation>Ein Code für dieses Angebot statt Ihres Namens</translation>
    </message>
    <message>
        <source>Use of the card access number (CAN)</source>
        <translation>Nutzung der Zugangsnummer (CAN)</translation>
    </message>
    <message>
        <source>Changing the PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Geben Sie Ihre PIN ein</translation>
    </message>
    <message>
        <source>Type the 6-digit PIN of your ID card. It is not shown or stored.</source>
        <translation>Tippen Sie die 6-stellige PIN Ihres Ausweises. Sie wird nicht gezeigt und nicht gespeichert.</translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation>Wählen Sie eine neue PIN</translation>
    </message>
    <message>
        <source>Type a new 6-digit PIN.</source>
        <translation>Tippen Sie eine neue 6-stellige PIN.</translation>
    </message>
    <message>
        <source>Enter the card access number</source>
        <translation>Geben Sie die Zugangsnummer ein</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly twice. Type the 6-digit card access number (CAN). It is printed on the front of your ID card, bottom right.</source>
        <translation>Die PIN wurde zweimal falsch eingegeben. Tippen Sie die 6-stellige Zugangsnummer (CAN). Sie steht vorne auf Ihrem Ausweis, unten rechts.</translation>
    </message>
    <message>
        <source>Enter your PUK</source>
        <translation>Geben Sie Ihre PUK ein</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly three times. Type the 10-digit PUK from the letter you got with your ID card.</source>
        <translation>Die PIN wurde dreimal falsch eingegeben. Tippen Sie die 10-stellige PUK aus dem Brief, den Sie mit Ihrem Ausweis bekommen haben.</translation>
    </message>
    <message>
        <source>The connection to the ID card program was lost.</source>
        <translation>Die Verbindung zum Ausweis-Programm ist abgebrochen.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The service could not be reached. Please try again later.</source>
        <translation>Das Angebot ist nicht erreichbar. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The service sent a request that cannot be used.</source>
        <translation>Das Angebot hat eine Anfrage geschickt, die nicht benutzt werden kann.</translation>
    </message>
    <message>
        <source>The login with the ID card did not work.</source>
        <translation>Die Anmeldung mit dem Ausweis hat nicht geklappt.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Zustimmen</translation>
    </message>
    <message>
        <source>Send these data to the service</source>
        <translation>Diese Daten an das Angebot schicken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the login</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Nachricht schließen</translation>
    </message>
    <message>
        <source>Use the test card</source>
        <translation>Testkarte benutzen</translation>
    </message>
    <message>
        <source>Demo only</source>
        <translation>Nur in der Vorführung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Picture: an ID card on the card reader</source>
        <translation>Bild: ein Ausweis auf dem Kartenleser</translation>
    </message>
</context>
<context>
    <name>EntriesStep</name>
    <message>
        <source>When (e.g. 2015 – 2018)</source>
        <translation>Wann (z. B. 2015 – 2018)</translation>
    </message>
    <message>
        <source>What (school, training, job)</source>
        <translation>Was (Schule, Ausbildung, Arbeit)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Einzelheiten (freiwillig)</translation>
    </message>
    <message>
        <source>You can leave this empty</source>
        <translation>Sie können das leer lassen</translation>
    </message>
    <message>
        <source>+ Add a row</source>
        <translation>+ Zeile dazu</translation>
    </message>
    <message>
        <source>One more row</source>
        <translation>Noch eine Zeile</translation>
    </message>
</context>
<context>
    <name>FormStep</name>
    <message>
        <source>Needed for the documents</source>
        <translation>Nötig für die Dokumente</translation>
    </message>
    <message>
        <source>You can leave this empty</source>
        <translation>Sie können das leer lassen</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>If you do nothing, your session ends in %n second(s) and everything is deleted.</source>
        <translation>
            <numerusform>Wenn Sie nichts tun, endet Ihre Sitzung in %n Sekunde und alles wird gelöscht.</numerusform>
            <numerusform>Wenn Sie nichts tun, endet Ihre Sitzung in %n Sekunden und alles wird gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Keep using this computer</source>
        <translation>Computer weiter benutzen</translation>
    </message>
</context>
<context>
    <name>LanguageOverlay</name>
    <message>
        <source>Choose your language</source>
        <translation>Wählen Sie Ihre Sprache</translation>
    </message>
    <message>
        <source>Show all texts in this language</source>
        <translation>Alle Texte in dieser Sprache zeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Keep the current language</source>
        <translation>Die Sprache nicht ändern</translation>
    </message>
</context>
<context>
    <name>LanguagesStep</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>How well (e.g. mother tongue, good, B1)</source>
        <translation>Wie gut (z. B. Muttersprache, gut, B1)</translation>
    </message>
    <message>
        <source>You can leave this empty</source>
        <translation>Sie können das leer lassen</translation>
    </message>
</context>
<context>
    <name>LauncherScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>Open this service</source>
        <translation>Dieses Angebot öffnen</translation>
    </message>
</context>
<context>
    <name>LinesStep</name>
    <message>
        <source>Skills</source>
        <translation>Kenntnisse</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>One a line</source>
        <translation>Eines pro Zeile</translation>
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
        <translation>Diese Nachricht schließen</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Keyboard on the screen</source>
        <translation>Tastatur auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Capital letters</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <source>The next letter is a capital</source>
        <translation>Der nächste Buchstabe wird groß</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Type a space</source>
        <translation>Ein Leerzeichen schreiben</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Letzten Buchstaben löschen</translation>
    </message>
    <message>
        <source>Delete the letter before the cursor</source>
        <translation>Das zuletzt geschriebene Zeichen löschen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Confirm or start a new line</source>
        <translation>Bestätigen oder neue Zeile beginnen</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Tastatur ausblenden</translation>
    </message>
    <message>
        <source>The Keyboard button shows it again</source>
        <translation>Mit dem Knopf „Tastatur“ kommt sie wieder</translation>
    </message>
    <message>
        <source>Type this character</source>
        <translation>Dieses Zeichen schreiben</translation>
    </message>
    <message>
        <source>Switch the keys</source>
        <translation>Andere Tasten zeigen</translation>
    </message>
    <message>
        <source>Switch the alphabet</source>
        <translation>Andere Schrift zeigen</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Buchstaben</translation>
    </message>
    <message>
        <source>Numbers and signs</source>
        <translation>Zahlen und Zeichen</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Lateinische Buchstaben</translation>
    </message>
    <message>
        <source>Arabic letters</source>
        <translation>Arabische Buchstaben</translation>
    </message>
    <message>
        <source>Cyrillic letters</source>
        <translation>Kyrillische Buchstaben</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This computer is not available right now</source>
        <translation>Dieser Computer ist gerade nicht frei</translation>
    </message>
    <message>
        <source>A card was left in the card reader. Please ask the staff.</source>
        <translation>Im Kartenleser steckt noch eine Karte. Bitte fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>It is being checked. Please ask the staff.</source>
        <translation>Er wird gerade geprüft. Bitte fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>Please ask the staff.</source>
        <translation>Bitte fragen Sie das Personal.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>This file cannot be shown</source>
        <translation>Diese Datei kann nicht gezeigt werden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this file</source>
        <translation>Diese Datei schließen</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>Photos in My documents</source>
        <translation>Fotos in Meine Dokumente</translation>
    </message>
    <message>
        <source>Choose a photo, or “No photo”</source>
        <translation>Wählen Sie ein Foto oder „Kein Foto“</translation>
    </message>
    <message>
        <source>Or scan your photo: lay it face down on the scanner glass and close the lid.</source>
        <translation>Oder scannen Sie Ihr Foto: Legen Sie es mit dem Bild nach unten auf die Glasfläche des Scanners und schließen Sie den Deckel.</translation>
    </message>
    <message>
        <source>Scan my photo</source>
        <translation>Mein Foto scannen</translation>
    </message>
    <message>
        <source>The photo could not be scanned. Please check the scanner, try again or ask the staff.</source>
        <translation>Das Foto konnte nicht gescannt werden. Bitte prüfen Sie den Scanner, versuchen Sie es noch einmal oder fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>Scanning … please wait.</source>
        <translation>Das Foto wird gescannt … bitte warten.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN pad</source>
        <translation>PIN-Feld für das Personal</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Nur für das Personal: PIN eingeben</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <source>Try again in %1 seconds.</source>
        <translation>Versuchen Sie es in %1 Sekunden noch einmal.</translation>
    </message>
    <message>
        <source>Please wait %1 seconds.</source>
        <translation>Bitte warten Sie %1 Sekunden.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Locked for %1 seconds.</source>
        <translation>Zu oft falsche PIN. Gesperrt für %1 Sekunden.</translation>
    </message>
    <message>
        <source>No staff PIN is set. Ask IT to run &apos;kiosk staff set-pin&apos;.</source>
        <translation>Es gibt keine PIN für das Personal. Die IT muss &apos;kiosk staff set-pin&apos; ausführen.</translation>
    </message>
    <message>
        <source>The PIN check does not work. Please tell IT.</source>
        <translation>Die PIN-Prüfung geht nicht. Bitte sagen Sie es der IT.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Wird geprüft …</translation>
    </message>
</context>
<context>
    <name>PrintOverlay</name>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Your print is ready.</source>
        <translation>Ihr Ausdruck ist fertig.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Nachricht schließen</translation>
    </message>
</context>
<context>
    <name>ScanOverlay</name>
    <message>
        <source>The paper is stuck in the scanner. Please ask the staff.</source>
        <translation>Das Papier steckt im Scanner fest. Bitte fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>There is no paper in the scanner. Please put a page in.</source>
        <translation>Im Scanner ist kein Papier. Bitte legen Sie eine Seite ein.</translation>
    </message>
    <message>
        <source>The scanner lid is open. Please close it.</source>
        <translation>Der Deckel des Scanners ist offen. Bitte schließen Sie ihn.</translation>
    </message>
    <message>
        <source>The scanner is busy. Please wait a moment and try again.</source>
        <translation>Der Scanner ist beschäftigt. Bitte warten Sie kurz und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The scanner does not answer. Please ask the staff.</source>
        <translation>Der Scanner antwortet nicht. Bitte fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>Scanning did not work. Please try again.</source>
        <translation>Das Scannen hat nicht geklappt. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Scan a document</source>
        <translation>Dokument scannen</translation>
    </message>
    <message>
        <source>Scanning page %1 …</source>
        <translation>Seite %1 wird gescannt …</translation>
    </message>
    <message>
        <source>Put the first page face down on the glass and close the lid. Then press “Scan page”.</source>
        <translation>Legen Sie die erste Seite mit der Schrift nach unten auf das Glas und schließen Sie den Deckel. Drücken Sie dann „Seite scannen“.</translation>
    </message>
    <message>
        <source>That is the most pages for one document.</source>
        <translation>Mehr Seiten passen nicht in ein Dokument.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned. Put in the next page, or save the document.</source>
        <translation>
            <numerusform>%n Seite gescannt. Legen Sie die nächste Seite ein oder speichern Sie das Dokument.</numerusform>
            <numerusform>%n Seiten gescannt. Legen Sie die nächste Seite ein oder speichern Sie das Dokument.</numerusform>
        </translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Schwarz-weiß</translation>
    </message>
    <message>
        <source>Scan in grey</source>
        <translation>In Grau scannen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Scan in colour</source>
        <translation>In Farbe scannen</translation>
    </message>
    <message>
        <source>Scan page</source>
        <translation>Seite scannen</translation>
    </message>
    <message>
        <source>Scan next page</source>
        <translation>Nächste Seite scannen</translation>
    </message>
    <message>
        <source>Scan the page on the glass</source>
        <translation>Die Seite auf dem Glas scannen</translation>
    </message>
    <message>
        <source>Scan this page again</source>
        <translation>Diese Seite noch einmal scannen</translation>
    </message>
    <message>
        <source>Throw away the last page and scan it again</source>
        <translation>Die letzte Seite verwerfen und neu scannen</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Put the pages into one PDF file in My documents</source>
        <translation>Die Seiten als eine PDF-Datei in „Meine Dokumente“ ablegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Throw the pages away</source>
        <translation>Die Seiten verwerfen</translation>
    </message>
    <message>
        <source>Preview of page %1</source>
        <translation>Vorschau von Seite %1</translation>
    </message>
    <message>
        <source>No page yet</source>
        <translation>Noch keine Seite</translation>
    </message>
</context>
<context>
    <name>ServiceView</name>
    <message>
        <source>Web page</source>
        <translation>Internetseite</translation>
    </message>
    <message>
        <source>This page is not part of this service</source>
        <translation>Diese Seite gehört nicht zu diesem Angebot</translation>
    </message>
    <message>
        <source>The address {host} cannot be opened here.</source>
        <translation>Die Adresse {host} kann hier nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Logging in with the ID card is not possible at this computer right now. Please ask the staff.</source>
        <translation>Die Anmeldung mit dem Ausweis geht an diesem Computer gerade nicht. Bitte fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>This link opens another program</source>
        <translation>Dieser Link öffnet ein anderes Programm</translation>
    </message>
    <message>
        <source>Other programs cannot be opened on this computer. Please ask the staff.</source>
        <translation>Andere Programme können auf diesem Computer nicht geöffnet werden. Bitte fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Online ID card</source>
        <translation>Online-Ausweis</translation>
    </message>
    <message>
        <source>Files cannot be uploaded to this service.</source>
        <translation>Bei diesem Angebot können Sie keine Dateien hochladen.</translation>
    </message>
    <message>
        <source>Printing is not available on this computer.</source>
        <translation>Drucken geht an diesem Computer nicht.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The page says</source>
        <translation>Die Seite sagt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This page stopped working</source>
        <translation>Diese Seite geht nicht mehr</translation>
    </message>
    <message>
        <source>You can load it again or end your session.</source>
        <translation>Sie können sie neu laden oder die Sitzung beenden.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Time is almost up</source>
        <translation>Die Zeit ist fast um</translation>
    </message>
    <message numerus="yes">
        <source>Your session ends in %n minute(s). Please finish and save or print what you need.</source>
        <translation>
            <numerusform>Ihre Sitzung endet in %n Minute. Bitte speichern oder drucken Sie jetzt, was Sie brauchen.</numerusform>
            <numerusform>Ihre Sitzung endet in %n Minuten. Bitte speichern oder drucken Sie jetzt, was Sie brauchen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShellBar</name>
    <message>
        <source>No page open</source>
        <translation>Keine Seite offen</translation>
    </message>
    <message>
        <source>secure</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>not secure</source>
        <translation>nicht sicher</translation>
    </message>
    <message>
        <source>Page address: {host}</source>
        <translation>Adresse der Seite: {host}</translation>
    </message>
    <message>
        <source>Card reader ready</source>
        <translation>Kartenleser bereit</translation>
    </message>
    <message>
        <source>Card on the reader</source>
        <translation>Karte liegt auf dem Leser</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>Kein Kartenleser</translation>
    </message>
    <message>
        <source>Card reader not working</source>
        <translation>Kartenleser geht nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>noch %n Minute</numerusform>
            <numerusform>noch %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Vorlesen beenden</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Read this screen aloud; press again to stop</source>
        <translation>Liest diese Seite vor. Noch einmal drücken: aufhören</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Show all services</source>
        <translation>Alle Angebote zeigen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Load the page again</source>
        <translation>Seite neu laden</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation>Diese Seite drucken</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Meine Dokumente</translation>
    </message>
    <message>
        <source>Files saved in this session</source>
        <translation>Dateien aus dieser Sitzung</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Show or hide the keyboard on the screen</source>
        <translation>Tastatur auf dem Bildschirm zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translation>Schriftgröße und Farben</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Sprache ändern</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>How to get help</source>
        <translation>So bekommen Sie Hilfe</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Finish and delete everything</source>
        <translation>Beenden und alles löschen</translation>
    </message>
</context>
<context>
    <name>ShellDocuments</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Saved on your USB stick</source>
        <translation>Auf Ihrem USB-Stick gespeichert</translation>
    </message>
    <message>
        <source>The file is now on your USB stick.</source>
        <translation>Die Datei ist jetzt auf Ihrem USB-Stick.</translation>
    </message>
    <message>
        <source>The USB stick was taken out</source>
        <translation>Der USB-Stick wurde herausgezogen</translation>
    </message>
    <message>
        <source>The file was not saved. Please plug the stick in again and try once more.</source>
        <translation>Die Datei wurde nicht gespeichert. Bitte stecken Sie den Stick wieder ein und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Your USB stick is full</source>
        <translation>Ihr USB-Stick ist voll</translation>
    </message>
    <message>
        <source>The file was not saved. There is no room left on the stick.</source>
        <translation>Die Datei wurde nicht gespeichert. Auf dem Stick ist kein Platz mehr.</translation>
    </message>
    <message>
        <source>This USB stick cannot be used</source>
        <translation>Dieser USB-Stick kann nicht benutzt werden</translation>
    </message>
    <message>
        <source>The computer cannot read this stick. Please ask the staff for help.</source>
        <translation>Der Computer kann diesen Stick nicht lesen. Bitte fragen Sie das Personal um Hilfe.</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
    <message>
        <source>Please try again or ask the staff.</source>
        <translation>Bitte versuchen Sie es noch einmal oder fragen Sie das Personal.</translation>
    </message>
</context>
<context>
    <name>SpeechRow</name>
    <message>
        <source>Reading speed: {step} of {count}</source>
        <translation>Lesetempo: {step} von {count}</translation>
    </message>
    <message>
        <source>Read slower</source>
        <translation>Langsamer lesen</translation>
    </message>
    <message>
        <source>Speak more slowly</source>
        <translation>Langsamer sprechen</translation>
    </message>
    <message>
        <source>Read faster</source>
        <translation>Schneller lesen</translation>
    </message>
    <message>
        <source>Speak more quickly</source>
        <translation>Schneller sprechen</translation>
    </message>
    <message>
        <source>Read messages aloud: on</source>
        <translation>Meldungen vorlesen: an</translation>
    </message>
    <message>
        <source>Read messages aloud: off</source>
        <translation>Meldungen vorlesen: aus</translation>
    </message>
    <message>
        <source>Say warnings and messages aloud when they appear</source>
        <translation>Warnungen und Meldungen vorlesen, sobald sie erscheinen</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>Bereich für das Personal</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Message residents will see while out of service</source>
        <translation>Nachricht, die Besucher sehen, solange der Computer außer Betrieb ist</translation>
    </message>
    <message>
        <source>Screen reader on or off</source>
        <translation>Bildschirmleser an oder aus</translation>
    </message>
    <message>
        <source>Loading the station state …</source>
        <translation>Zustand des Computers wird geladen …</translation>
    </message>
    <message>
        <source>The station state cannot be read.</source>
        <translation>Der Zustand des Computers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Version %1, running for %2.</source>
        <translation>Version %1, läuft seit %2.</translation>
    </message>
    <message>
        <source>Disk: %1% free.</source>
        <translation>Festplatte: %1 % frei.</translation>
    </message>
    <message>
        <source>Out of service.</source>
        <translation>Außer Betrieb.</translation>
    </message>
    <message>
        <source>A card was left in the card reader.</source>
        <translation>Im Kartenleser wurde eine Karte vergessen.</translation>
    </message>
    <message>
        <source>Deleting the last session&apos;s data failed. Press “Back in service” to try again; if that fails too, tell IT.</source>
        <translation>Die Daten der letzten Sitzung konnten nicht gelöscht werden. Drücken Sie „Wieder in Betrieb“, um es noch einmal zu versuchen; klappt das auch nicht, sagen Sie der IT Bescheid.</translation>
    </message>
    <message>
        <source>Residents see: %1</source>
        <translation>Besucher sehen: %1</translation>
    </message>
    <message>
        <source>In service.</source>
        <translation>In Betrieb.</translation>
    </message>
    <message>
        <source>A resident is using the station.</source>
        <translation>Jemand benutzt den Computer.</translation>
    </message>
    <message>
        <source>Nobody is using the station.</source>
        <translation>Niemand benutzt den Computer.</translation>
    </message>
    <message>
        <source>A card was left behind. Take it, keep it safe, then press “Forgotten card taken”.</source>
        <translation>Eine Karte wurde vergessen. Nehmen Sie sie heraus, bewahren Sie sie sicher auf und drücken Sie dann „Vergessene Karte entnommen“.</translation>
    </message>
    <message>
        <source>Card readers: none found.</source>
        <translation>Kartenleser: keiner gefunden.</translation>
    </message>
    <message>
        <source>%1: a card is inserted.</source>
        <translation>%1: Eine Karte steckt.</translation>
    </message>
    <message>
        <source>%1: no card.</source>
        <translation>%1: keine Karte.</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Besuche: %1</translation>
    </message>
    <message>
        <source>Pages printed: %1</source>
        <translation>Gedruckte Seiten: %1</translation>
    </message>
    <message>
        <source>ID card uses: %1</source>
        <translation>Ausweis-Nutzungen: %1</translation>
    </message>
    <message>
        <source>Cards left behind: %1</source>
        <translation>Vergessene Karten: %1</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>Scanner: %1</translation>
    </message>
    <message>
        <source>Pages scanned: %1</source>
        <translation>Gescannte Seiten: %1</translation>
    </message>
    <message>
        <source>To collect for printing: %1</source>
        <translation>Für Drucke einzunehmen: %1</translation>
    </message>
    <message>
        <source>Network: connected.</source>
        <translation>Netzwerk: verbunden.</translation>
    </message>
    <message>
        <source>Network: not connected.</source>
        <translation>Netzwerk: nicht verbunden.</translation>
    </message>
    <message>
        <source>Network: unknown.</source>
        <translation>Netzwerk: unbekannt.</translation>
    </message>
    <message>
        <source>Usage upload: not set up for this station.</source>
        <translation>Übertragung der Nutzungszahlen: für diesen Computer nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Last usage upload: never.</source>
        <translation>Letzte Übertragung der Nutzungszahlen: noch nie.</translation>
    </message>
    <message>
        <source>Last usage upload: %1.</source>
        <translation>Letzte Übertragung der Nutzungszahlen: %1.</translation>
    </message>
    <message>
        <source>The last try failed (%1). It is tried again later.</source>
        <translation>Der letzte Versuch ist fehlgeschlagen (%1). Es wird später erneut versucht.</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>heute um %1</translation>
    </message>
    <message>
        <source>Printing is off at this station.</source>
        <translation>Drucken ist an diesem Computer ausgeschaltet.</translation>
    </message>
    <message>
        <source>Printer: ready.</source>
        <translation>Drucker: bereit.</translation>
    </message>
    <message>
        <source>Printer: printing.</source>
        <translation>Drucker: druckt.</translation>
    </message>
    <message>
        <source>Printer: stopped.</source>
        <translation>Drucker: angehalten.</translation>
    </message>
    <message>
        <source>Printer: cannot be reached. If this stays, tell IT.</source>
        <translation>Drucker: nicht erreichbar. Bleibt das so, sagen Sie der IT Bescheid.</translation>
    </message>
    <message>
        <source>Printer: not set up on this computer. Tell IT.</source>
        <translation>Drucker: an diesem Computer nicht eingerichtet. Sagen Sie der IT Bescheid.</translation>
    </message>
    <message>
        <source>Needs attention since %1: %2</source>
        <translation>Braucht Hilfe seit %1: %2</translation>
    </message>
    <message>
        <source>a print job made no progress and was cancelled.</source>
        <translation>Ein Druckauftrag kam nicht voran und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>At %1 the print service stopped during a print job and started again. The job was kept.</source>
        <translation>Um %1 ist der Druckdienst während eines Druckauftrags ausgefallen und wieder gestartet. Der Auftrag ist erhalten.</translation>
    </message>
    <message>
        <source>The printer takes no new print jobs.</source>
        <translation>Der Drucker nimmt keine neuen Druckaufträge an.</translation>
    </message>
    <message>
        <source>Paper jam.</source>
        <translation>Papierstau.</translation>
    </message>
    <message>
        <source>Out of paper.</source>
        <translation>Kein Papier.</translation>
    </message>
    <message>
        <source>Paper is running low.</source>
        <translation>Das Papier geht zur Neige.</translation>
    </message>
    <message>
        <source>Toner or ink is empty.</source>
        <translation>Toner oder Tinte ist leer.</translation>
    </message>
    <message>
        <source>Toner or ink is running low.</source>
        <translation>Toner oder Tinte geht zur Neige.</translation>
    </message>
    <message>
        <source>A door or cover is open.</source>
        <translation>Eine Klappe oder Abdeckung ist offen.</translation>
    </message>
    <message>
        <source>The printer is off or not connected.</source>
        <translation>Der Drucker ist aus oder nicht verbunden.</translation>
    </message>
    <message>
        <source>The print queue is paused.</source>
        <translation>Die Druckwarteschlange ist angehalten.</translation>
    </message>
    <message>
        <source>The printer reports: %1</source>
        <translation>Der Drucker meldet: %1</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>%1: level unknown</source>
        <translation>%1: Füllstand unbekannt</translation>
    </message>
    <message>
        <source>(low)</source>
        <translation>(fast leer)</translation>
    </message>
    <message>
        <source>Supplies: %1</source>
        <translation>Verbrauchsmaterial: %1</translation>
    </message>
    <message>
        <source>No print jobs are waiting.</source>
        <translation>Es warten keine Druckaufträge.</translation>
    </message>
    <message>
        <source>Print jobs: %1; the oldest are shown.</source>
        <translation>Druckaufträge: %1; die ältesten werden gezeigt.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>druckt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Cancel print job %1 (%2, pages: %3)</source>
        <translation>Druckauftrag %1 abbrechen (%2, Seiten: %3)</translation>
    </message>
    <message>
        <source>Cancel print job %1 (%2)</source>
        <translation>Druckauftrag %1 abbrechen (%2)</translation>
    </message>
    <message>
        <source>The session was ended. Everything of it is being deleted.</source>
        <translation>Die Sitzung wurde beendet. Alles davon wird gelöscht.</translation>
    </message>
    <message>
        <source>The station is out of service. Residents see your message.</source>
        <translation>Der Computer ist außer Betrieb. Besucher sehen Ihre Nachricht.</translation>
    </message>
    <message>
        <source>The station is out of service.</source>
        <translation>Der Computer ist außer Betrieb.</translation>
    </message>
    <message>
        <source>The station is back in service.</source>
        <translation>Der Computer ist wieder in Betrieb.</translation>
    </message>
    <message>
        <source>Thank you. The station no longer waits for the card.</source>
        <translation>Danke. Der Computer wartet nicht mehr auf die Karte.</translation>
    </message>
    <message>
        <source>The screen reader is on until the session ends.</source>
        <translation>Der Bildschirmleser ist an, bis die Sitzung endet.</translation>
    </message>
    <message>
        <source>The screen reader is off.</source>
        <translation>Der Bildschirmleser ist aus.</translation>
    </message>
    <message>
        <source>Cancelling print job %1 …</source>
        <translation>Druckauftrag %1 wird abgebrochen …</translation>
    </message>
    <message>
        <source>Sending the test page …</source>
        <translation>Testseite wird gesendet …</translation>
    </message>
    <message>
        <source>That did not work. Please tell IT.</source>
        <translation>Das hat nicht geklappt. Bitte sagen Sie der IT Bescheid.</translation>
    </message>
    <message>
        <source>Print job %1 had already ended.</source>
        <translation>Druckauftrag %1 war schon beendet.</translation>
    </message>
    <message>
        <source>Print job %1 was not sent from this station; it cannot be cancelled here.</source>
        <translation>Druckauftrag %1 kam nicht von diesem Computer; er kann hier nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>The printer cannot be reached. Please try again; if it keeps failing, tell IT.</source>
        <translation>Der Drucker ist nicht erreichbar. Bitte versuchen Sie es noch einmal; klappt es weiterhin nicht, sagen Sie der IT Bescheid.</translation>
    </message>
    <message>
        <source>Print job %1 was cancelled.</source>
        <translation>Druckauftrag %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The test page was sent to the printer (job %1).</source>
        <translation>Die Testseite wurde an den Drucker geschickt (Auftrag %1).</translation>
    </message>
    <message>
        <source>Message for residents</source>
        <translation>Nachricht für Besucher</translation>
    </message>
    <message>
        <source>Version and disk</source>
        <translation>Version und Festplatte</translation>
    </message>
    <message>
        <source>End the session now</source>
        <translation>Sitzung jetzt beenden</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Wieder in Betrieb</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Testseite drucken</translation>
    </message>
    <message>
        <source>Forgotten card taken</source>
        <translation>Vergessene Karte entnommen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
</context>
<context>
    <name>TakeStickOverlay</name>
    <message>
        <source>Please take your USB stick</source>
        <translation>Bitte nehmen Sie Ihren USB-Stick mit</translation>
    </message>
    <message>
        <source>Your session has ended. Your USB stick is still in the computer. Please take it with you now.</source>
        <translation>Ihre Sitzung ist beendet. Ihr USB-Stick steckt noch im Computer. Bitte nehmen Sie ihn jetzt mit.</translation>
    </message>
    <message>
        <source>I have my stick</source>
        <translation>Ich habe meinen Stick</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>TermsScreen</name>
    <message>
        <source>Rules for using this computer</source>
        <translation>Regeln für diesen Computer</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Ich bin einverstanden</translation>
    </message>
    <message>
        <source>Accept the rules and continue</source>
        <translation>Regeln annehmen und weiter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go back to the start screen</source>
        <translation>Zurück zum Anfang</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Log in to your citizen account</source>
        <translation>Bei Ihrem Bürgerkonto anmelden</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Stop reading</source>
        <translation>Vorlesen beenden</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Read this screen aloud; press again to stop</source>
        <translation>Liest diese Seite vor. Noch einmal drücken: aufhören</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>You can use this computer for free. When you are done, everything of yours is deleted.</source>
        <translation>Sie können diesen Computer kostenlos benutzen. Wenn Sie fertig sind, wird alles von Ihnen gelöscht.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Begin using this computer</source>
        <translation>Computer benutzen</translation>
    </message>
    <message>
        <source>Show all texts in this language</source>
        <translation>Alle Texte in dieser Sprache zeigen</translation>
    </message>
    <message>
        <source>Bigger text and contrast</source>
        <translation>Größere Schrift und Kontrast</translation>
    </message>
    <message>
        <source>Change the text size and the colours</source>
        <translation>Schriftgröße und Farben ändern</translation>
    </message>
</context>
<context>
    <name>WipingScreen</name>
    <message>
        <source>Deleting your data … one moment</source>
        <translation>Ihre Daten werden gelöscht … einen Moment</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Write an application</source>
        <translation>Bewerbung schreiben</translation>
    </message>
    <message>
        <source>CV and cover letter, step by step</source>
        <translation>Lebenslauf und Anschreiben, Schritt für Schritt</translation>
    </message>
</context>
<context>
    <name>WriterScreen</name>
    <message>
        <source>Please write your name in the first step first.</source>
        <translation>Bitte schreiben Sie zuerst Ihren Namen im ersten Schritt.</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Das PDF wird gemacht …</translation>
    </message>
    <message>
        <source>Saved in “My documents” as PDF and as Word file. To send it, open the job portal and choose the file there.</source>
        <translation>In „Meine Dokumente“ als PDF und als Word-Datei gespeichert. Zum Senden öffnen Sie das Jobportal und wählen dort die Datei.</translation>
    </message>
    <message>
        <source>This photo cannot be used. Please choose another picture or “No photo” in the step “Photo”.</source>
        <translation>Dieses Foto kann nicht verwendet werden. Bitte wählen Sie im Schritt „Foto“ ein anderes Bild oder „Kein Foto“.</translation>
    </message>
    <message>
        <source>The PDF could not be made. Please ask the staff.</source>
        <translation>Das PDF konnte nicht gemacht werden. Bitte fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>First and last name (needed)</source>
        <translation>Vor- und Nachname (nötig)</translation>
    </message>
    <message>
        <source>Street and house number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Postleitzahl und Ort</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Date and place of birth (optional)</source>
        <translation>Geburtsdatum und -ort (freiwillig)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contact person (e.g. Frau Müller)</source>
        <translation>Ansprechperson (z. B. Frau Müller)</translation>
    </message>
    <message>
        <source>Company: street and number</source>
        <translation>Firma: Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Company: postcode and town</source>
        <translation>Firma: Postleitzahl und Ort</translation>
    </message>
    <message>
        <source>Subject (e.g. Bewerbung als Verkäuferin)</source>
        <translation>Betreff (z. B. Bewerbung als Verkäuferin)</translation>
    </message>
    <message>
        <source>Where you saw the job (optional)</source>
        <translation>Wo Sie die Stelle gesehen haben (freiwillig)</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Ort und Datum</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>Only your name is needed. Leave out what you do not want to give.</source>
        <translation>Nur Ihr Name ist nötig. Lassen Sie weg, was Sie nicht angeben möchten.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>A photo is optional in Germany. Choose one from “My documents”, or none.</source>
        <translation>Ein Foto ist in Deutschland freiwillig. Wählen Sie eines aus „Meine Dokumente“ oder keines.</translation>
    </message>
    <message>
        <source>School and training</source>
        <translation>Schule und Ausbildung</translation>
    </message>
    <message>
        <source>The newest first. You can skip this step.</source>
        <translation>Das Neueste zuerst. Sie können diesen Schritt überspringen.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Jobs, internships, voluntary work: the newest first.</source>
        <translation>Arbeitsstellen, Praktika, Ehrenamt: das Neueste zuerst.</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kenntnisse</translation>
    </message>
    <message>
        <source>One skill a line, e.g. driving licence B, computer, cash desk.</source>
        <translation>Eine Kenntnis pro Zeile, z. B. Führerschein B, Computer, Kasse.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Every language you speak counts.</source>
        <translation>Jede Sprache, die Sie sprechen, zählt.</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>One a line, e.g. football, cooking. You can skip this step.</source>
        <translation>Eines pro Zeile, z. B. Fußball, Kochen. Sie können diesen Schritt überspringen.</translation>
    </message>
    <message>
        <source>Cover letter: to whom</source>
        <translation>Anschreiben: an wen</translation>
    </message>
    <message>
        <source>The company&apos;s address goes into the window of the envelope.</source>
        <translation>Die Anschrift der Firma steht im Fenster des Briefumschlags.</translation>
    </message>
    <message>
        <source>Cover letter: your text</source>
        <translation>Anschreiben: Ihr Text</translation>
    </message>
    <message>
        <source>Write a few sentences for each part. Words the spell checker does not know are underlined in red.</source>
        <translation>Schreiben Sie zu jedem Teil ein paar Sätze. Wörter, die die Rechtschreibprüfung nicht kennt, sind rot unterstrichen.</translation>
    </message>
    <message>
        <source>Make the documents</source>
        <translation>Dokumente machen</translation>
    </message>
    <message>
        <source>Each is saved as PDF and as Word file in “My documents”.</source>
        <translation>Jedes wird als PDF und als Word-Datei in „Meine Dokumente“ gespeichert.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The step before</source>
        <translation>Der Schritt davor</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The next step; you can skip it</source>
        <translation>Der nächste Schritt; Sie können ihn überspringen</translation>
    </message>
    <message>
        <source>Make CV (PDF)</source>
        <translation>Lebenslauf machen (PDF)</translation>
    </message>
    <message>
        <source>Save the CV as PDF and Word file</source>
        <translation>Den Lebenslauf als PDF und Word-Datei speichern</translation>
    </message>
    <message>
        <source>Make cover letter (PDF)</source>
        <translation>Anschreiben machen (PDF)</translation>
    </message>
    <message>
        <source>Save the cover letter as PDF and Word file</source>
        <translation>Das Anschreiben als PDF und Word-Datei speichern</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the PDF</source>
        <translation>Das PDF zeigen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print the PDF (you see the price first)</source>
        <translation>Das PDF drucken (Sie sehen vorher den Preis)</translation>
    </message>
</context>
<context>
    <name>_LoginOverlay</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The page asks you to log in</source>
        <translation>Die Seite möchte, dass Sie sich anmelden</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Shown as dots only</source>
        <translation>Wird nur als Punkte gezeigt</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Send the name and password</source>
        <translation>Name und Passwort abschicken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Do not log in</source>
        <translation>Nicht anmelden</translation>
    </message>
    <message>
        <source>{host} asks you to log in</source>
        <translation>{host} möchte, dass Sie sich anmelden</translation>
    </message>
</context>
</TS>
