<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>BarActions</name>
    <message>
        <source>Printing</source>
        <translation>Yazdırma</translation>
    </message>
    <message>
        <source>Printing is not available on this computer. Please ask the staff.</source>
        <translation>Bu bilgisayarda yazdırma yapılamaz. Lütfen personele sorun.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <source>Please ask the staff in this office. They are glad to help you.</source>
        <translation>Lütfen bu ofisteki personele sorun. Size memnuniyetle yardım ederler.</translation>
    </message>
    <message>
        <source>File saved</source>
        <translation>Dosya kaydedildi</translation>
    </message>
    <message>
        <source>You find it under “My documents”. It is deleted when you end.</source>
        <translation>Onu “Belgelerim” altında bulursunuz. Bitirince silinir.</translation>
    </message>
    <message>
        <source>This file cannot be saved</source>
        <translation>Bu dosya kaydedilemez</translation>
    </message>
    <message>
        <source>Only documents such as PDF files and pictures can be saved here.</source>
        <translation>Burada yalnızca PDF dosyaları ve resimler gibi belgeler kaydedilebilir.</translation>
    </message>
</context>
<context>
    <name>BodyStep</name>
    <message>
        <source>Tap a word first, then “Spelling help”.</source>
        <translation>Önce bir kelimeye, sonra “Yazım yardımı”na dokunun.</translation>
    </message>
    <message>
        <source>“%1” is spelt right.</source>
        <translation>“%1” doğru yazılmış.</translation>
    </message>
    <message>
        <source>Instead of “%1”:</source>
        <translation>“%1” yerine:</translation>
    </message>
    <message>
        <source>No suggestion for “%1”.</source>
        <translation>“%1” için öneri yok.</translation>
    </message>
    <message>
        <source>Put this word in instead</source>
        <translation>Yerine bu kelimeyi koy</translation>
    </message>
    <message>
        <source>1. Start: which job you apply for and where you saw it (e.g. “I read your advertisement on the job portal…”).</source>
        <translation>1. Giriş: Hangi işe başvurduğunuz ve ilanı nerede gördüğünüz (ör. “İlanınızı iş portalında okudum…”).</translation>
    </message>
    <message>
        <source>2. About you: what you have learned and done so far that fits this job. Give one or two examples.</source>
        <translation>2. Hakkınızda: Bu işe uyan, şimdiye kadar öğrendikleriniz ve yaptıklarınız. Bir iki örnek verin.</translation>
    </message>
    <message>
        <source>3. Why this company: what you like about the company and the work, and what you can bring to it.</source>
        <translation>3. Neden bu şirket: Şirkette ve işte neyi sevdiğiniz ve neler katabileceğiniz.</translation>
    </message>
    <message>
        <source>4. End: from when you can start, and that you look forward to an interview.</source>
        <translation>4. Kapanış: Ne zaman başlayabileceğiniz ve bir görüşmeyi dört gözle beklediğiniz.</translation>
    </message>
    <message>
        <source>Words the spell checker does not know are underlined</source>
        <translation>Yazım denetiminin tanımadığı kelimelerin altı çizilir</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Kalın</translation>
    </message>
    <message>
        <source>Make the chosen words bold</source>
        <translation>Seçilen kelimeleri kalın yap</translation>
    </message>
    <message>
        <source>Spelling help</source>
        <translation>Yazım yardımı</translation>
    </message>
    <message>
        <source>Suggestions for the word at the cursor</source>
        <translation>İmleçteki kelime için öneriler</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Make this paragraph a list point, or a paragraph again</source>
        <translation>Bu paragrafı liste maddesi yap veya tekrar paragraf yap</translation>
    </message>
</context>
<context>
    <name>CardLeftScreen</name>
    <message>
        <source>Your card is still in the reader</source>
        <translation>Kartınız hâlâ okuyucuda</translation>
    </message>
    <message>
        <source>Picture: a card in the card reader</source>
        <translation>Resim: kart okuyucudaki bir kart</translation>
    </message>
    <message>
        <source>Please take your card</source>
        <translation>Lütfen kartınızı alın</translation>
    </message>
    <message>
        <source>Your card is still in the card reader.</source>
        <translation>Kartınız hâlâ kart okuyucuda.</translation>
    </message>
    <message>
        <source>The card reader is {where}.</source>
        <translation>Kart okuyucu: {where}.</translation>
    </message>
    <message>
        <source>A card was left in the reader</source>
        <translation>Okuyucuda bir kart unutuldu</translation>
    </message>
    <message>
        <source>Please ask the staff for help.</source>
        <translation>Lütfen personelden yardım isteyin.</translation>
    </message>
</context>
<context>
    <name>ConfirmEndOverlay</name>
    <message>
        <source>End your session?</source>
        <translation>Oturumunuz bitsin mi?</translation>
    </message>
    <message>
        <source>Everything of yours on this computer will be deleted: pages, logins and files.</source>
        <translation>Bu bilgisayardaki her şeyiniz silinecek: sayfalar, girişler ve dosyalar.</translation>
    </message>
    <message>
        <source>Yes, end and delete</source>
        <translation>Evet, bitir ve sil</translation>
    </message>
    <message>
        <source>End the session now</source>
        <translation>Oturumu şimdi bitir</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Hayır, geri dön</translation>
    </message>
    <message>
        <source>Keep using this computer</source>
        <translation>Bilgisayarı kullanmaya devam et</translation>
    </message>
</context>
<context>
    <name>ConfirmWidget</name>
    <message>
        <source>Print confirmation</source>
        <translation>Yazdırma onayı</translation>
    </message>
    <message>
        <source>Print this document?</source>
        <translation>Bu belge yazdırılsın mı?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <source>Print now</source>
        <translation>Şimdi yazdır</translation>
    </message>
    <message>
        <source>Send it to the printer</source>
        <translation>Yazıcıya gönder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Do not print</source>
        <translation>Yazdırma</translation>
    </message>
    <message>
        <source>Back to the page</source>
        <translation>Sayfaya geri dön</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Sayfa: %1</translation>
    </message>
    <message>
        <source>Sheets of paper: %1</source>
        <translation>Kâğıt yaprağı: %1</translation>
    </message>
    <message>
        <source>Price: %1 (please pay the staff)</source>
        <translation>Fiyat: %1 (lütfen personele ödeyin)</translation>
    </message>
    <message>
        <source>Price: free</source>
        <translation>Fiyat: ücretsiz</translation>
    </message>
    <message>
        <source>Free pages left after this: %1</source>
        <translation>Bundan sonra kalan ücretsiz sayfa: %1</translation>
    </message>
</context>
<context>
    <name>DigitPad</name>
    <message>
        <source>Digit {digit}</source>
        <translation>Rakam {digit}</translation>
    </message>
    <message>
        <source>Shown as a dot only</source>
        <translation>Yalnızca nokta olarak gösterilir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Son rakamı sil</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Send the number</source>
        <translation>Numarayı gönder</translation>
    </message>
    <message>
        <source>{typed} of {length} digits entered</source>
        <translation>{length} rakamdan {typed} tanesi girildi</translation>
    </message>
    <message>
        <source>{typed} digits entered</source>
        <translation>{typed} rakam girildi</translation>
    </message>
</context>
<context>
    <name>DisplayOverlay</name>
    <message>
        <source>Display</source>
        <translation>Ekran</translation>
    </message>
    <message>
        <source>Make the text bigger or change the colours.</source>
        <translation>Yazıyı büyütün veya renkleri değiştirin.</translation>
    </message>
    <message>
        <source>Text size: {percent} %</source>
        <translation>Yazı boyutu: %{percent}</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Daha büyük yazı</translation>
    </message>
    <message>
        <source>Make all text on the screen bigger</source>
        <translation>Ekrandaki tüm yazıları büyüt</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Daha küçük yazı</translation>
    </message>
    <message>
        <source>Make all text on the screen smaller</source>
        <translation>Ekrandaki tüm yazıları küçült</translation>
    </message>
    <message>
        <source>Strong contrast: on</source>
        <translation>Güçlü kontrast: açık</translation>
    </message>
    <message>
        <source>Strong contrast: off</source>
        <translation>Güçlü kontrast: kapalı</translation>
    </message>
    <message>
        <source>Black background with bright text and yellow buttons</source>
        <translation>Siyah arka plan, açık renkli yazı ve sarı düğmeler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Back to what you were doing</source>
        <translation>Yaptığınız işe geri dönün</translation>
    </message>
</context>
<context>
    <name>DocumentsOverlay</name>
    <message>
        <source>No files yet. Files you download appear here.</source>
        <translation>Henüz dosya yok. İndirdiğiniz dosyalar burada görünür.</translation>
    </message>
    <message>
        <source>Choose a file to send</source>
        <translation>Göndermek için bir dosya seçin</translation>
    </message>
    <message>
        <source>Only files saved in this session are shown.</source>
        <translation>Yalnızca bu oturumda kaydedilen dosyalar gösterilir.</translation>
    </message>
    <message>
        <source>Send this file</source>
        <translation>Bu dosyayı gönder</translation>
    </message>
    <message>
        <source>Reading your USB stick …</source>
        <translation>USB belleğiniz okunuyor …</translation>
    </message>
    <message>
        <source>Your USB stick has no file that can be sent here.</source>
        <translation>USB belleğinizde burada gönderilebilecek bir dosya yok.</translation>
    </message>
    <message>
        <source>Choose a file from your USB stick</source>
        <translation>USB belleğinizden bir dosya seçin</translation>
    </message>
    <message>
        <source>Only documents and pictures are shown. Nothing is changed.</source>
        <translation>Yalnızca belgeler ve resimler gösterilir. Hiçbir şey değiştirilmez.</translation>
    </message>
    <message>
        <source>Give the chosen file to the page</source>
        <translation>Seçilen dosyayı sayfaya ver</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Belgelerim</translation>
    </message>
    <message>
        <source>Files you saved in this session. They are deleted when you end.</source>
        <translation>Bu oturumda kaydettiğiniz dosyalar. Bitirince silinirler.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Show the chosen file</source>
        <translation>Seçilen dosyayı göster</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <source>Print the chosen file</source>
        <translation>Seçilen dosyayı yazdır</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Send no file</source>
        <translation>Dosya gönderme</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Back to the page</source>
        <translation>Sayfaya geri dön</translation>
    </message>
    <message>
        <source>Scan a document</source>
        <translation>Belge tara</translation>
    </message>
    <message>
        <source>Scan paper pages into one PDF file</source>
        <translation>Kâğıt sayfaları tek bir PDF dosyasına tara</translation>
    </message>
    <message>
        <source>Save to USB stick</source>
        <translation>USB belleğe kaydet</translation>
    </message>
    <message>
        <source>Copy the chosen file to your USB stick</source>
        <translation>Seçilen dosyayı USB belleğinize kopyala</translation>
    </message>
    <message>
        <source>Back to my documents</source>
        <translation>Belgelerime geri dön</translation>
    </message>
    <message>
        <source>Show the files of this session again</source>
        <translation>Bu oturumun dosyalarını yeniden göster</translation>
    </message>
    <message>
        <source>From my USB stick</source>
        <translation>USB belleğimden</translation>
    </message>
</context>
<context>
    <name>EidGuide</name>
    <message>
        <source>Online ID card</source>
        <translation>Çevrimiçi kimlik kartı</translation>
    </message>
    <message>
        <source>A service</source>
        <translation>Bir hizmet</translation>
    </message>
    <message>
        <source>{provider} asks for data from your ID card</source>
        <translation>{provider} kimlik kartınızdan veri istiyor</translation>
    </message>
    <message>
        <source>These data will be sent:</source>
        <translation>Şu veriler gönderilecek:</translation>
    </message>
    <message>
        <source>Provider: {url}</source>
        <translation>Sağlayıcı: {url}</translation>
    </message>
    <message>
        <source>Place your ID card on the card reader</source>
        <translation>Kimlik kartınızı kart okuyucunun üzerine koyun</translation>
    </message>
    <message>
        <source>Leave it there until the login is finished.</source>
        <translation>Giriş bitene kadar orada bırakın.</translation>
    </message>
    <message>
        <source>The card reader is {where}.</source>
        <translation>Kart okuyucu {where}.</translation>
    </message>
    <message>
        <source>Type it on the keys of the card reader, then press its OK key.</source>
        <translation>Numarayı kart okuyucunun tuşlarıyla girin, sonra onun OK tuşuna basın.</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>Bu olmadı. Lütfen tekrar deneyin.</translation>
    </message>
    <message>
        <source>The PIN was wrong once. Please check it carefully.</source>
        <translation>PIN bir kez yanlış girildi. Lütfen dikkatlice kontrol edin.</translation>
    </message>
    <message>
        <source>The online function is switched off</source>
        <translation>Çevrimiçi işlev kapalı</translation>
    </message>
    <message>
        <source>The online function of this ID card is not switched on. The Bürgeramt can switch it on for you.</source>
        <translation>Bu kimlik kartının çevrimiçi işlevi açık değil. Bürgeramt bunu sizin için açabilir.</translation>
    </message>
    <message>
        <source>The PIN is blocked</source>
        <translation>PIN engellendi</translation>
    </message>
    <message>
        <source>The PIN of this ID card is blocked. The Bürgeramt can help you.</source>
        <translation>Bu kimlik kartının PIN&apos;i engellendi. Bürgeramt size yardımcı olabilir.</translation>
    </message>
    <message>
        <source>Login not possible</source>
        <translation>Giriş mümkün değil</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Lütfen bekleyin</translation>
    </message>
    <message>
        <source>Connecting to the service. This can take a moment.</source>
        <translation>Hizmete bağlanılıyor. Bu biraz sürebilir.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Name at birth</source>
        <translation>Doğumdaki soyadı</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Adlar</translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translation>Doktora unvanı</translation>
    </message>
    <message>
        <source>Artistic name or religious name</source>
        <translation>Sanatçı adı veya dini ad</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Takma ad</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Doğum yeri</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Uyruk</translation>
    </message>
    <message>
        <source>Country that issued the card</source>
        <translation>Kartı veren ülke</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>Belge türü</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geçerlilik tarihi</translation>
    </message>
    <message>
        <source>Notes in the residence permit (part 1)</source>
        <translation>Oturma iznindeki notlar (bölüm 1)</translation>
    </message>
    <message>
        <source>Notes in the residence permit (part 2)</source>
        <translation>Oturma iznindeki notlar (bölüm 2)</translation>
    </message>
    <message>
        <source>Municipality code of the address</source>
        <translation>Adresin belediye kodu</translation>
    </message>
    <message>
        <source>Check: do you live in a certain place</source>
        <translation>Kontrol: belirli bir yerde mi oturuyorsunuz</translation>
    </message>
    <message>
        <source>Check: are you old enough</source>
        <translation>Kontrol: yaşınız yeterli mi</translation>
    </message>
    <message>
        <source>A code for this service instead of your name</source>
        <translation>Adınız yerine bu hizmet için bir kod</translation>
    </message>
    <message>
        <source>Use of the card access number (CAN)</source>
        <translation>Kart erişim numarasının (CAN) kullanımı</translation>
    </message>
    <message>
        <source>Changing the PIN</source>
        <translation>PIN değiştirme</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>PIN&apos;inizi girin</translation>
    </message>
    <message>
        <source>Type the 6-digit PIN of your ID card. It is not shown or stored.</source>
        <translation>Kimlik kartınızın 6 haneli PIN&apos;ini yazın. Gösterilmez ve saklanmaz.</translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation>Yeni bir PIN seçin</translation>
    </message>
    <message>
        <source>Type a new 6-digit PIN.</source>
        <translation>6 haneli yeni bir PIN yazın.</translation>
    </message>
    <message>
        <source>Enter the card access number</source>
        <translation>Kart erişim numarasını girin</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly twice. Type the 6-digit card access number (CAN). It is printed on the front of your ID card, bottom right.</source>
        <translation>PIN iki kez yanlış girildi. 6 haneli kart erişim numarasını (CAN) yazın. Kimlik kartınızın ön yüzünde, sağ altta yazılıdır.</translation>
    </message>
    <message>
        <source>Enter your PUK</source>
        <translation>PUK&apos;unuzu girin</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly three times. Type the 10-digit PUK from the letter you got with your ID card.</source>
        <translation>PIN üç kez yanlış girildi. Kimlik kartınızla birlikte gelen mektuptaki 10 haneli PUK&apos;u yazın.</translation>
    </message>
    <message>
        <source>The connection to the ID card program was lost.</source>
        <translation>Kimlik kartı programıyla bağlantı koptu.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Giriş iptal edildi.</translation>
    </message>
    <message>
        <source>The service could not be reached. Please try again later.</source>
        <translation>Hizmete ulaşılamadı. Lütfen daha sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>The service sent a request that cannot be used.</source>
        <translation>Hizmet kullanılamayan bir istek gönderdi.</translation>
    </message>
    <message>
        <source>The login with the ID card did not work.</source>
        <translation>Kimlik kartıyla giriş başarısız oldu.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Kabul et</translation>
    </message>
    <message>
        <source>Send these data to the service</source>
        <translation>Bu verileri hizmete gönder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Stop the login</source>
        <translation>Girişi durdur</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Bu mesajı kapat</translation>
    </message>
    <message>
        <source>Use the test card</source>
        <translation>Test kartını kullan</translation>
    </message>
    <message>
        <source>Demo only</source>
        <translation>Yalnızca tanıtım</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>Picture: an ID card on the card reader</source>
        <translation>Resim: kart okuyucunun üzerinde bir kimlik kartı</translation>
    </message>
</context>
<context>
    <name>EntriesStep</name>
    <message>
        <source>When (e.g. 2015 – 2018)</source>
        <translation>Ne zaman (ör. 2015 – 2018)</translation>
    </message>
    <message>
        <source>What (school, training, job)</source>
        <translation>Ne (okul, eğitim, iş)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nerede</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Ayrıntılar (isteğe bağlı)</translation>
    </message>
    <message>
        <source>You can leave this empty</source>
        <translation>Bunu boş bırakabilirsiniz</translation>
    </message>
    <message>
        <source>+ Add a row</source>
        <translation>+ Satır ekle</translation>
    </message>
    <message>
        <source>One more row</source>
        <translation>Bir satır daha</translation>
    </message>
</context>
<context>
    <name>FormStep</name>
    <message>
        <source>Needed for the documents</source>
        <translation>Belgeler için gerekli</translation>
    </message>
    <message>
        <source>You can leave this empty</source>
        <translation>Bunu boş bırakabilirsiniz</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>If you do nothing, your session ends in %n second(s) and everything is deleted.</source>
        <translation>
            <numerusform>Hiçbir şey yapmazsanız oturumunuz %n saniye içinde biter ve her şey silinir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Hâlâ orada mısınız?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Devam et</translation>
    </message>
    <message>
        <source>Keep using this computer</source>
        <translation>Bilgisayarı kullanmaya devam et</translation>
    </message>
</context>
<context>
    <name>LanguageOverlay</name>
    <message>
        <source>Choose your language</source>
        <translation>Dilinizi seçin</translation>
    </message>
    <message>
        <source>Show all texts in this language</source>
        <translation>Tüm metinleri bu dilde göster</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Keep the current language</source>
        <translation>Geçerli dili koru</translation>
    </message>
</context>
<context>
    <name>LanguagesStep</name>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>How well (e.g. mother tongue, good, B1)</source>
        <translation>Ne kadar iyi (ör. ana dil, iyi, B1)</translation>
    </message>
    <message>
        <source>You can leave this empty</source>
        <translation>Bunu boş bırakabilirsiniz</translation>
    </message>
</context>
<context>
    <name>LauncherScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>Ne yapmak istersiniz?</translation>
    </message>
    <message>
        <source>Open this service</source>
        <translation>Bu hizmeti aç</translation>
    </message>
</context>
<context>
    <name>LinesStep</name>
    <message>
        <source>Skills</source>
        <translation>Beceriler</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>İlgi alanları</translation>
    </message>
    <message>
        <source>One a line</source>
        <translation>Her satıra bir tane</translation>
    </message>
</context>
<context>
    <name>NoticeOverlay</name>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Bu mesajı kapat</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Keyboard on the screen</source>
        <translation>Ekran klavyesi</translation>
    </message>
    <message>
        <source>Capital letters</source>
        <translation>Büyük harfler</translation>
    </message>
    <message>
        <source>The next letter is a capital</source>
        <translation>Sonraki harf büyük olur</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Boşluk</translation>
    </message>
    <message>
        <source>Type a space</source>
        <translation>Boşluk yaz</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Son harfi sil</translation>
    </message>
    <message>
        <source>Delete the letter before the cursor</source>
        <translation>Son yazılan karakteri sil</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <source>Confirm or start a new line</source>
        <translation>Onayla veya yeni satıra geç</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Klavyeyi gizle</translation>
    </message>
    <message>
        <source>The Keyboard button shows it again</source>
        <translation>«Klavye» düğmesi onu yeniden gösterir</translation>
    </message>
    <message>
        <source>Type this character</source>
        <translation>Bu karakteri yaz</translation>
    </message>
    <message>
        <source>Switch the keys</source>
        <translation>Tuşları değiştir</translation>
    </message>
    <message>
        <source>Switch the alphabet</source>
        <translation>Alfabeyi değiştir</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Harfler</translation>
    </message>
    <message>
        <source>Numbers and signs</source>
        <translation>Rakamlar ve işaretler</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Latin harfleri</translation>
    </message>
    <message>
        <source>Arabic letters</source>
        <translation>Arap harfleri</translation>
    </message>
    <message>
        <source>Cyrillic letters</source>
        <translation>Kiril harfleri</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This computer is not available right now</source>
        <translation>Bu bilgisayar şu anda kullanılamıyor</translation>
    </message>
    <message>
        <source>A card was left in the card reader. Please ask the staff.</source>
        <translation>Kart okuyucuda bir kart unutuldu. Lütfen personele sorun.</translation>
    </message>
    <message>
        <source>It is being checked. Please ask the staff.</source>
        <translation>Şu anda kontrol ediliyor. Lütfen personele sorun.</translation>
    </message>
    <message>
        <source>Please ask the staff.</source>
        <translation>Lütfen personele sorun.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>This file cannot be shown</source>
        <translation>Bu dosya gösterilemiyor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Close this file</source>
        <translation>Bu dosyayı kapat</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <source>No photo</source>
        <translation>Fotoğraf yok</translation>
    </message>
    <message>
        <source>Photos in My documents</source>
        <translation>Belgelerim’deki fotoğraflar</translation>
    </message>
    <message>
        <source>Choose a photo, or “No photo”</source>
        <translation>Bir fotoğraf seçin ya da “Fotoğraf yok”</translation>
    </message>
    <message>
        <source>Or scan your photo: lay it face down on the scanner glass and close the lid.</source>
        <translation>Ya da fotoğrafınızı tarayın: Fotoğrafı yüzü aşağı gelecek şekilde tarayıcının camına koyun ve kapağı kapatın.</translation>
    </message>
    <message>
        <source>Scan my photo</source>
        <translation>Fotoğrafımı tara</translation>
    </message>
    <message>
        <source>The photo could not be scanned. Please check the scanner, try again or ask the staff.</source>
        <translation>Fotoğraf taranamadı. Lütfen tarayıcıyı kontrol edin, tekrar deneyin veya personele sorun.</translation>
    </message>
    <message>
        <source>Scanning … please wait.</source>
        <translation>Taranıyor … lütfen bekleyin.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN pad</source>
        <translation>Personel PIN tuş takımı</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Yalnızca personel: PIN&apos;i girin</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Yanlış PIN.</translation>
    </message>
    <message>
        <source>Try again in %1 seconds.</source>
        <translation>%1 saniye sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Please wait %1 seconds.</source>
        <translation>Lütfen %1 saniye bekleyin.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Locked for %1 seconds.</source>
        <translation>Çok fazla yanlış PIN. %1 saniye kilitli.</translation>
    </message>
    <message>
        <source>No staff PIN is set. Ask IT to run &apos;kiosk staff set-pin&apos;.</source>
        <translation>Personel PIN&apos;i ayarlanmamış. BT&apos;den &apos;kiosk staff set-pin&apos; çalıştırmasını isteyin.</translation>
    </message>
    <message>
        <source>The PIN check does not work. Please tell IT.</source>
        <translation>PIN kontrolü çalışmıyor. Lütfen BT&apos;ye bildirin.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Kontrol ediliyor …</translation>
    </message>
</context>
<context>
    <name>PrintOverlay</name>
    <message>
        <source>Print</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <source>Your print is ready.</source>
        <translation>Çıktınız hazır.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Bu mesajı kapat</translation>
    </message>
</context>
<context>
    <name>ScanOverlay</name>
    <message>
        <source>The paper is stuck in the scanner. Please ask the staff.</source>
        <translation>Kâğıt tarayıcıda sıkıştı. Lütfen görevlilere sorun.</translation>
    </message>
    <message>
        <source>There is no paper in the scanner. Please put a page in.</source>
        <translation>Tarayıcıda kâğıt yok. Lütfen bir sayfa koyun.</translation>
    </message>
    <message>
        <source>The scanner lid is open. Please close it.</source>
        <translation>Tarayıcının kapağı açık. Lütfen kapatın.</translation>
    </message>
    <message>
        <source>The scanner is busy. Please wait a moment and try again.</source>
        <translation>Tarayıcı meşgul. Lütfen biraz bekleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>The scanner does not answer. Please ask the staff.</source>
        <translation>Tarayıcı yanıt vermiyor. Lütfen görevlilere sorun.</translation>
    </message>
    <message>
        <source>Scanning did not work. Please try again.</source>
        <translation>Tarama olmadı. Lütfen yeniden deneyin.</translation>
    </message>
    <message>
        <source>Scan a document</source>
        <translation>Belge tara</translation>
    </message>
    <message>
        <source>Scanning page %1 …</source>
        <translation>Sayfa %1 taranıyor …</translation>
    </message>
    <message>
        <source>Put the first page face down on the glass and close the lid. Then press “Scan page”.</source>
        <translation>İlk sayfayı yazılı yüzü aşağıda olacak şekilde cama koyun ve kapağı kapatın. Sonra “Sayfayı tara”ya basın.</translation>
    </message>
    <message>
        <source>That is the most pages for one document.</source>
        <translation>Bir belge için en fazla sayfa sayısı bu.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned. Put in the next page, or save the document.</source>
        <translation>
            <numerusform>%n sayfa tarandı. Sonraki sayfayı koyun ya da belgeyi kaydedin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Siyah beyaz</translation>
    </message>
    <message>
        <source>Scan in grey</source>
        <translation>Gri tara</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Renkli</translation>
    </message>
    <message>
        <source>Scan in colour</source>
        <translation>Renkli tara</translation>
    </message>
    <message>
        <source>Scan page</source>
        <translation>Sayfayı tara</translation>
    </message>
    <message>
        <source>Scan next page</source>
        <translation>Sonraki sayfayı tara</translation>
    </message>
    <message>
        <source>Scan the page on the glass</source>
        <translation>Camdaki sayfayı tara</translation>
    </message>
    <message>
        <source>Scan this page again</source>
        <translation>Bu sayfayı yeniden tara</translation>
    </message>
    <message>
        <source>Throw away the last page and scan it again</source>
        <translation>Son sayfayı at ve yeniden tara</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF olarak kaydet</translation>
    </message>
    <message>
        <source>Put the pages into one PDF file in My documents</source>
        <translation>Sayfaları Belgelerim içinde tek bir PDF dosyası yap</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Throw the pages away</source>
        <translation>Sayfaları at</translation>
    </message>
    <message>
        <source>Preview of page %1</source>
        <translation>Sayfa %1 önizlemesi</translation>
    </message>
    <message>
        <source>No page yet</source>
        <translation>Henüz sayfa yok</translation>
    </message>
</context>
<context>
    <name>ServiceView</name>
    <message>
        <source>Web page</source>
        <translation>Web sayfası</translation>
    </message>
    <message>
        <source>This page is not part of this service</source>
        <translation>Bu sayfa bu hizmete ait değil</translation>
    </message>
    <message>
        <source>The address {host} cannot be opened here.</source>
        <translation>{host} adresi burada açılamaz.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(bilinmiyor)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Logging in with the ID card is not possible at this computer right now. Please ask the staff.</source>
        <translation>Şu anda bu bilgisayarda kimlik kartıyla giriş mümkün değil. Lütfen personele sorun.</translation>
    </message>
    <message>
        <source>This link opens another program</source>
        <translation>Bu bağlantı başka bir program açar</translation>
    </message>
    <message>
        <source>Other programs cannot be opened on this computer. Please ask the staff.</source>
        <translation>Bu bilgisayarda başka programlar açılamaz. Lütfen personele sorun.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Online ID card</source>
        <translation>Çevrimiçi kimlik kartı</translation>
    </message>
    <message>
        <source>Files cannot be uploaded to this service.</source>
        <translation>Bu hizmete dosya yüklenemez.</translation>
    </message>
    <message>
        <source>Printing is not available on this computer.</source>
        <translation>Bu bilgisayarda yazdırma yapılamaz.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>The page says</source>
        <translation>Sayfanın mesajı</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>This page stopped working</source>
        <translation>Bu sayfa çalışmayı durdurdu</translation>
    </message>
    <message>
        <source>You can load it again or end your session.</source>
        <translation>Sayfayı yeniden yükleyebilir veya oturumunuzu bitirebilirsiniz.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Oturumu bitir</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Time is almost up</source>
        <translation>Süre neredeyse doldu</translation>
    </message>
    <message numerus="yes">
        <source>Your session ends in %n minute(s). Please finish and save or print what you need.</source>
        <translation>
            <numerusform>Oturumunuz %n dakika içinde bitiyor. Lütfen ihtiyacınız olanı kaydedin veya yazdırın.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShellBar</name>
    <message>
        <source>No page open</source>
        <translation>Açık sayfa yok</translation>
    </message>
    <message>
        <source>secure</source>
        <translation>güvenli</translation>
    </message>
    <message>
        <source>not secure</source>
        <translation>güvenli değil</translation>
    </message>
    <message>
        <source>Page address: {host}</source>
        <translation>Sayfa adresi: {host}</translation>
    </message>
    <message>
        <source>Card reader ready</source>
        <translation>Kart okuyucu hazır</translation>
    </message>
    <message>
        <source>Card on the reader</source>
        <translation>Kart okuyucunun üzerinde</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>Kart okuyucu yok</translation>
    </message>
    <message>
        <source>Card reader not working</source>
        <translation>Kart okuyucu çalışmıyor</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n dakika kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Okumayı durdur</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Sesli oku</translation>
    </message>
    <message>
        <source>Read this screen aloud; press again to stop</source>
        <translation>Bu ekranı sesli okur. Durdurmak için tekrar basın</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Ana sayfa</translation>
    </message>
    <message>
        <source>Show all services</source>
        <translation>Tüm hizmetleri göster</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Önceki sayfa</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>İleri</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Sonraki sayfa</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Load the page again</source>
        <translation>Sayfayı yeniden yükle</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Daha küçük yazı</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Daha büyük yazı</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation>Bu sayfayı yazdır</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Belgelerim</translation>
    </message>
    <message>
        <source>Files saved in this session</source>
        <translation>Bu oturumda kaydedilen dosyalar</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Klavye</translation>
    </message>
    <message>
        <source>Show or hide the keyboard on the screen</source>
        <translation>Ekran klavyesini göster veya gizle</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Ekran</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translation>Yazı boyutu ve renkler</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Dili değiştir</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <source>How to get help</source>
        <translation>Nasıl yardım alınır</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Oturumu bitir</translation>
    </message>
    <message>
        <source>Finish and delete everything</source>
        <translation>Bitir ve her şeyi sil</translation>
    </message>
</context>
<context>
    <name>ShellDocuments</name>
    <message>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Tarama</translation>
    </message>
    <message>
        <source>Saved on your USB stick</source>
        <translation>USB belleğinize kaydedildi</translation>
    </message>
    <message>
        <source>The file is now on your USB stick.</source>
        <translation>Dosya artık USB belleğinizde.</translation>
    </message>
    <message>
        <source>The USB stick was taken out</source>
        <translation>USB bellek çıkarıldı</translation>
    </message>
    <message>
        <source>The file was not saved. Please plug the stick in again and try once more.</source>
        <translation>Dosya kaydedilmedi. Lütfen belleği yeniden takın ve bir kez daha deneyin.</translation>
    </message>
    <message>
        <source>Your USB stick is full</source>
        <translation>USB belleğiniz dolu</translation>
    </message>
    <message>
        <source>The file was not saved. There is no room left on the stick.</source>
        <translation>Dosya kaydedilmedi. Bellekte yer kalmadı.</translation>
    </message>
    <message>
        <source>This USB stick cannot be used</source>
        <translation>Bu USB bellek kullanılamıyor</translation>
    </message>
    <message>
        <source>The computer cannot read this stick. Please ask the staff for help.</source>
        <translation>Bilgisayar bu belleği okuyamıyor. Lütfen görevlilerden yardım isteyin.</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Bu olmadı</translation>
    </message>
    <message>
        <source>Please try again or ask the staff.</source>
        <translation>Lütfen yeniden deneyin ya da görevlilere sorun.</translation>
    </message>
</context>
<context>
    <name>SpeechRow</name>
    <message>
        <source>Reading speed: {step} of {count}</source>
        <translation>Okuma hızı: {step} / {count}</translation>
    </message>
    <message>
        <source>Read slower</source>
        <translation>Daha yavaş oku</translation>
    </message>
    <message>
        <source>Speak more slowly</source>
        <translation>Daha yavaş konuş</translation>
    </message>
    <message>
        <source>Read faster</source>
        <translation>Daha hızlı oku</translation>
    </message>
    <message>
        <source>Speak more quickly</source>
        <translation>Daha hızlı konuş</translation>
    </message>
    <message>
        <source>Read messages aloud: on</source>
        <translation>Mesajları sesli oku: açık</translation>
    </message>
    <message>
        <source>Read messages aloud: off</source>
        <translation>Mesajları sesli oku: kapalı</translation>
    </message>
    <message>
        <source>Say warnings and messages aloud when they appear</source>
        <translation>Uyarıları ve mesajları göründüklerinde sesli oku</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>Personel paneli</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ne oldu</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Bu bilgisayar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Ağ</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Yazıcı</translation>
    </message>
    <message>
        <source>Message residents will see while out of service</source>
        <translation>Bilgisayar hizmet dışıyken ziyaretçilerin göreceği mesaj</translation>
    </message>
    <message>
        <source>Screen reader on or off</source>
        <translation>Ekran okuyucu açık veya kapalı</translation>
    </message>
    <message>
        <source>Loading the station state …</source>
        <translation>Bilgisayarın durumu yükleniyor …</translation>
    </message>
    <message>
        <source>The station state cannot be read.</source>
        <translation>Bilgisayarın durumu okunamıyor.</translation>
    </message>
    <message>
        <source>Version %1, running for %2.</source>
        <translation>Sürüm %1, %2 süredir çalışıyor.</translation>
    </message>
    <message>
        <source>Disk: %1% free.</source>
        <translation>Disk: %%1 boş.</translation>
    </message>
    <message>
        <source>Out of service.</source>
        <translation>Hizmet dışı.</translation>
    </message>
    <message>
        <source>A card was left in the card reader.</source>
        <translation>Kart okuyucuda bir kart unutuldu.</translation>
    </message>
    <message>
        <source>Deleting the last session&apos;s data failed. Press “Back in service” to try again; if that fails too, tell IT.</source>
        <translation>Son oturumun verileri silinemedi. Yeniden denemek için „Tekrar hizmette“ düğmesine basın; bu da olmazsa BT&apos;ye haber verin.</translation>
    </message>
    <message>
        <source>Residents see: %1</source>
        <translation>Ziyaretçilerin gördüğü: %1</translation>
    </message>
    <message>
        <source>In service.</source>
        <translation>Hizmette.</translation>
    </message>
    <message>
        <source>A resident is using the station.</source>
        <translation>Bilgisayarı biri kullanıyor.</translation>
    </message>
    <message>
        <source>Nobody is using the station.</source>
        <translation>Bilgisayarı kimse kullanmıyor.</translation>
    </message>
    <message>
        <source>A card was left behind. Take it, keep it safe, then press “Forgotten card taken”.</source>
        <translation>Bir kart unutuldu. Kartı alın, güvenli bir yerde saklayın, sonra „Unutulan kart alındı“ düğmesine basın.</translation>
    </message>
    <message>
        <source>Card readers: none found.</source>
        <translation>Kart okuyucu: bulunamadı.</translation>
    </message>
    <message>
        <source>%1: a card is inserted.</source>
        <translation>%1: kart takılı.</translation>
    </message>
    <message>
        <source>%1: no card.</source>
        <translation>%1: kart yok.</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Ziyaret: %1</translation>
    </message>
    <message>
        <source>Pages printed: %1</source>
        <translation>Yazdırılan sayfa: %1</translation>
    </message>
    <message>
        <source>ID card uses: %1</source>
        <translation>Kimlik kartı kullanımı: %1</translation>
    </message>
    <message>
        <source>Cards left behind: %1</source>
        <translation>Unutulan kart: %1</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>Tarayıcı: %1</translation>
    </message>
    <message>
        <source>Pages scanned: %1</source>
        <translation>Taranan sayfa: %1</translation>
    </message>
    <message>
        <source>To collect for printing: %1</source>
        <translation>Yazdırma için alınacak: %1</translation>
    </message>
    <message>
        <source>Network: connected.</source>
        <translation>Ağ: bağlı.</translation>
    </message>
    <message>
        <source>Network: not connected.</source>
        <translation>Ağ: bağlı değil.</translation>
    </message>
    <message>
        <source>Network: unknown.</source>
        <translation>Ağ: bilinmiyor.</translation>
    </message>
    <message>
        <source>Usage upload: not set up for this station.</source>
        <translation>Kullanım verilerinin gönderimi: bu bilgisayar için ayarlanmamış.</translation>
    </message>
    <message>
        <source>Last usage upload: never.</source>
        <translation>Son kullanım verisi gönderimi: henüz hiç.</translation>
    </message>
    <message>
        <source>Last usage upload: %1.</source>
        <translation>Son kullanım verisi gönderimi: %1.</translation>
    </message>
    <message>
        <source>The last try failed (%1). It is tried again later.</source>
        <translation>Son deneme başarısız oldu (%1). Daha sonra yeniden denenecek.</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>bugün %1</translation>
    </message>
    <message>
        <source>Printing is off at this station.</source>
        <translation>Bu bilgisayarda yazdırma kapalı.</translation>
    </message>
    <message>
        <source>Printer: ready.</source>
        <translation>Yazıcı: hazır.</translation>
    </message>
    <message>
        <source>Printer: printing.</source>
        <translation>Yazıcı: yazdırıyor.</translation>
    </message>
    <message>
        <source>Printer: stopped.</source>
        <translation>Yazıcı: durduruldu.</translation>
    </message>
    <message>
        <source>Printer: cannot be reached. If this stays, tell IT.</source>
        <translation>Yazıcı: erişilemiyor. Böyle kalırsa BT&apos;ye haber verin.</translation>
    </message>
    <message>
        <source>Printer: not set up on this computer. Tell IT.</source>
        <translation>Yazıcı: bu bilgisayarda ayarlanmamış. BT&apos;ye haber verin.</translation>
    </message>
    <message>
        <source>Needs attention since %1: %2</source>
        <translation>%1 saatinden beri ilgi gerekiyor: %2</translation>
    </message>
    <message>
        <source>a print job made no progress and was cancelled.</source>
        <translation>bir yazdırma işi ilerlemedi ve iptal edildi.</translation>
    </message>
    <message>
        <source>At %1 the print service stopped during a print job and started again. The job was kept.</source>
        <translation>Saat %1&apos;de yazdırma hizmeti bir yazdırma işi sırasında durdu ve yeniden başladı. İş korundu.</translation>
    </message>
    <message>
        <source>The printer takes no new print jobs.</source>
        <translation>Yazıcı yeni yazdırma işi kabul etmiyor.</translation>
    </message>
    <message>
        <source>Paper jam.</source>
        <translation>Kâğıt sıkışması.</translation>
    </message>
    <message>
        <source>Out of paper.</source>
        <translation>Kâğıt yok.</translation>
    </message>
    <message>
        <source>Paper is running low.</source>
        <translation>Kâğıt azalıyor.</translation>
    </message>
    <message>
        <source>Toner or ink is empty.</source>
        <translation>Toner veya mürekkep bitti.</translation>
    </message>
    <message>
        <source>Toner or ink is running low.</source>
        <translation>Toner veya mürekkep azalıyor.</translation>
    </message>
    <message>
        <source>A door or cover is open.</source>
        <translation>Bir kapak açık.</translation>
    </message>
    <message>
        <source>The printer is off or not connected.</source>
        <translation>Yazıcı kapalı veya bağlı değil.</translation>
    </message>
    <message>
        <source>The print queue is paused.</source>
        <translation>Yazdırma kuyruğu duraklatıldı.</translation>
    </message>
    <message>
        <source>The printer reports: %1</source>
        <translation>Yazıcının bildirdiği: %1</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %%2</translation>
    </message>
    <message>
        <source>%1: level unknown</source>
        <translation>%1: seviye bilinmiyor</translation>
    </message>
    <message>
        <source>(low)</source>
        <translation>(az)</translation>
    </message>
    <message>
        <source>Supplies: %1</source>
        <translation>Sarf malzemesi: %1</translation>
    </message>
    <message>
        <source>No print jobs are waiting.</source>
        <translation>Bekleyen yazdırma işi yok.</translation>
    </message>
    <message>
        <source>Print jobs: %1; the oldest are shown.</source>
        <translation>Yazdırma işi: %1; en eskiler gösteriliyor.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>bekliyor</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>beklemede</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>yazdırılıyor</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>durduruldu</translation>
    </message>
    <message>
        <source>Cancel print job %1 (%2, pages: %3)</source>
        <translation>%1 yazdırma işini iptal et (%2, sayfa: %3)</translation>
    </message>
    <message>
        <source>Cancel print job %1 (%2)</source>
        <translation>%1 yazdırma işini iptal et (%2)</translation>
    </message>
    <message>
        <source>The session was ended. Everything of it is being deleted.</source>
        <translation>Oturum sonlandırıldı. Oturuma ait her şey siliniyor.</translation>
    </message>
    <message>
        <source>The station is out of service. Residents see your message.</source>
        <translation>Bilgisayar hizmet dışı. Ziyaretçiler mesajınızı görüyor.</translation>
    </message>
    <message>
        <source>The station is out of service.</source>
        <translation>Bilgisayar hizmet dışı.</translation>
    </message>
    <message>
        <source>The station is back in service.</source>
        <translation>Bilgisayar yeniden hizmette.</translation>
    </message>
    <message>
        <source>Thank you. The station no longer waits for the card.</source>
        <translation>Teşekkürler. Bilgisayar artık kartı beklemiyor.</translation>
    </message>
    <message>
        <source>The screen reader is on until the session ends.</source>
        <translation>Ekran okuyucu oturum bitene kadar açık.</translation>
    </message>
    <message>
        <source>The screen reader is off.</source>
        <translation>Ekran okuyucu kapalı.</translation>
    </message>
    <message>
        <source>Cancelling print job %1 …</source>
        <translation>%1 yazdırma işi iptal ediliyor …</translation>
    </message>
    <message>
        <source>Sending the test page …</source>
        <translation>Test sayfası gönderiliyor …</translation>
    </message>
    <message>
        <source>That did not work. Please tell IT.</source>
        <translation>Bu işe yaramadı. Lütfen BT&apos;ye haber verin.</translation>
    </message>
    <message>
        <source>Print job %1 had already ended.</source>
        <translation>%1 yazdırma işi zaten bitmişti.</translation>
    </message>
    <message>
        <source>Print job %1 was not sent from this station; it cannot be cancelled here.</source>
        <translation>%1 yazdırma işi bu bilgisayardan gönderilmedi; burada iptal edilemez.</translation>
    </message>
    <message>
        <source>The printer cannot be reached. Please try again; if it keeps failing, tell IT.</source>
        <translation>Yazıcıya erişilemiyor. Lütfen yeniden deneyin; olmamaya devam ederse BT&apos;ye haber verin.</translation>
    </message>
    <message>
        <source>Print job %1 was cancelled.</source>
        <translation>%1 yazdırma işi iptal edildi.</translation>
    </message>
    <message>
        <source>The test page was sent to the printer (job %1).</source>
        <translation>Test sayfası yazıcıya gönderildi (iş %1).</translation>
    </message>
    <message>
        <source>Message for residents</source>
        <translation>Ziyaretçiler için mesaj</translation>
    </message>
    <message>
        <source>Version and disk</source>
        <translation>Sürüm ve disk</translation>
    </message>
    <message>
        <source>End the session now</source>
        <translation>Oturumu şimdi bitir</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Hizmet dışı</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Tekrar hizmette</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Test sayfası yazdır</translation>
    </message>
    <message>
        <source>Forgotten card taken</source>
        <translation>Unutulan kart alındı</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kilitle</translation>
    </message>
</context>
<context>
    <name>TakeStickOverlay</name>
    <message>
        <source>Please take your USB stick</source>
        <translation>Lütfen USB belleğinizi alın</translation>
    </message>
    <message>
        <source>Your session has ended. Your USB stick is still in the computer. Please take it with you now.</source>
        <translation>Oturumunuz sona erdi. USB belleğiniz hâlâ bilgisayarda. Lütfen şimdi yanınıza alın.</translation>
    </message>
    <message>
        <source>I have my stick</source>
        <translation>Belleğimi aldım</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Bu mesajı kapat</translation>
    </message>
</context>
<context>
    <name>TermsScreen</name>
    <message>
        <source>Rules for using this computer</source>
        <translation>Bu bilgisayarın kullanım kuralları</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Kabul ediyorum</translation>
    </message>
    <message>
        <source>Accept the rules and continue</source>
        <translation>Kuralları kabul et ve devam et</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Go back to the start screen</source>
        <translation>Başlangıç ekranına dön</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Log in to your citizen account</source>
        <translation>Vatandaş hesabınıza giriş yapın</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Stop reading</source>
        <translation>Okumayı durdur</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Sesli oku</translation>
    </message>
    <message>
        <source>Read this screen aloud; press again to stop</source>
        <translation>Bu ekranı sesli okur. Durdurmak için tekrar basın</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Hoş geldiniz</translation>
    </message>
    <message>
        <source>You can use this computer for free. When you are done, everything of yours is deleted.</source>
        <translation>Bu bilgisayarı ücretsiz kullanabilirsiniz. İşiniz bitince size ait her şey silinir.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başla</translation>
    </message>
    <message>
        <source>Begin using this computer</source>
        <translation>Bilgisayarı kullanmaya başla</translation>
    </message>
    <message>
        <source>Show all texts in this language</source>
        <translation>Tüm metinleri bu dilde göster</translation>
    </message>
    <message>
        <source>Bigger text and contrast</source>
        <translation>Büyük yazı ve kontrast</translation>
    </message>
    <message>
        <source>Change the text size and the colours</source>
        <translation>Yazı boyutunu ve renkleri değiştir</translation>
    </message>
</context>
<context>
    <name>WipingScreen</name>
    <message>
        <source>Deleting your data … one moment</source>
        <translation>Verileriniz siliniyor … bir dakika</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Write an application</source>
        <translation>İş başvurusu yaz</translation>
    </message>
    <message>
        <source>CV and cover letter, step by step</source>
        <translation>Özgeçmiş ve ön yazı, adım adım</translation>
    </message>
</context>
<context>
    <name>WriterScreen</name>
    <message>
        <source>Please write your name in the first step first.</source>
        <translation>Lütfen önce ilk adımda adınızı yazın.</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>PDF hazırlanıyor…</translation>
    </message>
    <message>
        <source>Saved in “My documents” as PDF and as Word file. To send it, open the job portal and choose the file there.</source>
        <translation>“Belgelerim”e PDF ve Word dosyası olarak kaydedildi. Göndermek için iş portalını açın ve dosyayı orada seçin.</translation>
    </message>
    <message>
        <source>This photo cannot be used. Please choose another picture or “No photo” in the step “Photo”.</source>
        <translation>Bu fotoğraf kullanılamıyor. Lütfen “Fotoğraf” adımında başka bir resim ya da “Fotoğraf yok” seçin.</translation>
    </message>
    <message>
        <source>The PDF could not be made. Please ask the staff.</source>
        <translation>PDF oluşturulamadı. Lütfen görevlilere sorun.</translation>
    </message>
    <message>
        <source>First and last name (needed)</source>
        <translation>Ad ve soyad (gerekli)</translation>
    </message>
    <message>
        <source>Street and house number</source>
        <translation>Sokak ve bina numarası</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Posta kodu ve şehir</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Date and place of birth (optional)</source>
        <translation>Doğum tarihi ve yeri (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Şirket</translation>
    </message>
    <message>
        <source>Contact person (e.g. Frau Müller)</source>
        <translation>İlgili kişi (ör. Frau Müller)</translation>
    </message>
    <message>
        <source>Company: street and number</source>
        <translation>Şirket: sokak ve numara</translation>
    </message>
    <message>
        <source>Company: postcode and town</source>
        <translation>Şirket: posta kodu ve şehir</translation>
    </message>
    <message>
        <source>Subject (e.g. Bewerbung als Verkäuferin)</source>
        <translation>Konu (ör. Bewerbung als Verkäuferin)</translation>
    </message>
    <message>
        <source>Where you saw the job (optional)</source>
        <translation>İlanı nerede gördünüz (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Hitap</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Yer ve tarih</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Hakkınızda</translation>
    </message>
    <message>
        <source>Only your name is needed. Leave out what you do not want to give.</source>
        <translation>Yalnızca adınız gerekli. Vermek istemediklerinizi boş bırakın.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <source>A photo is optional in Germany. Choose one from “My documents”, or none.</source>
        <translation>Almanya’da fotoğraf zorunlu değildir. “Belgelerim”den birini seçin ya da hiçbirini.</translation>
    </message>
    <message>
        <source>School and training</source>
        <translation>Okul ve eğitim</translation>
    </message>
    <message>
        <source>The newest first. You can skip this step.</source>
        <translation>En yenisi önce. Bu adımı atlayabilirsiniz.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>İş</translation>
    </message>
    <message>
        <source>Jobs, internships, voluntary work: the newest first.</source>
        <translation>İşler, stajlar, gönüllü çalışma: en yenisi önce.</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Beceriler</translation>
    </message>
    <message>
        <source>One skill a line, e.g. driving licence B, computer, cash desk.</source>
        <translation>Her satıra bir beceri, ör. B sınıfı ehliyet, bilgisayar, kasa.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Every language you speak counts.</source>
        <translation>Konuştuğunuz her dil önemlidir.</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>İlgi alanları</translation>
    </message>
    <message>
        <source>One a line, e.g. football, cooking. You can skip this step.</source>
        <translation>Her satıra bir tane, ör. futbol, yemek yapmak. Bu adımı atlayabilirsiniz.</translation>
    </message>
    <message>
        <source>Cover letter: to whom</source>
        <translation>Ön yazı: kime</translation>
    </message>
    <message>
        <source>The company&apos;s address goes into the window of the envelope.</source>
        <translation>Şirketin adresi zarfın penceresinde görünür.</translation>
    </message>
    <message>
        <source>Cover letter: your text</source>
        <translation>Ön yazı: metniniz</translation>
    </message>
    <message>
        <source>Write a few sentences for each part. Words the spell checker does not know are underlined in red.</source>
        <translation>Her bölüm için birkaç cümle yazın. Yazım denetiminin tanımadığı kelimelerin altı kırmızı çizilir.</translation>
    </message>
    <message>
        <source>Make the documents</source>
        <translation>Belgeleri hazırla</translation>
    </message>
    <message>
        <source>Each is saved as PDF and as Word file in “My documents”.</source>
        <translation>Her biri “Belgelerim”e PDF ve Word dosyası olarak kaydedilir.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>The step before</source>
        <translation>Önceki adım</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>İleri</translation>
    </message>
    <message>
        <source>The next step; you can skip it</source>
        <translation>Sonraki adım; atlayabilirsiniz</translation>
    </message>
    <message>
        <source>Make CV (PDF)</source>
        <translation>Özgeçmiş hazırla (PDF)</translation>
    </message>
    <message>
        <source>Save the CV as PDF and Word file</source>
        <translation>Özgeçmişi PDF ve Word dosyası olarak kaydet</translation>
    </message>
    <message>
        <source>Make cover letter (PDF)</source>
        <translation>Ön yazı hazırla (PDF)</translation>
    </message>
    <message>
        <source>Save the cover letter as PDF and Word file</source>
        <translation>Ön yazıyı PDF ve Word dosyası olarak kaydet</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Show the PDF</source>
        <translation>PDF’yi göster</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <source>Print the PDF (you see the price first)</source>
        <translation>PDF’yi yazdır (önce fiyatı görürsünüz)</translation>
    </message>
</context>
<context>
    <name>_LoginOverlay</name>
    <message>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>The page asks you to log in</source>
        <translation>Sayfa giriş yapmanızı istiyor</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Şifre</translation>
    </message>
    <message>
        <source>Shown as dots only</source>
        <translation>Yalnızca nokta olarak gösterilir</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Giriş yap</translation>
    </message>
    <message>
        <source>Send the name and password</source>
        <translation>Adı ve şifreyi gönder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Do not log in</source>
        <translation>Giriş yapma</translation>
    </message>
    <message>
        <source>{host} asks you to log in</source>
        <translation>{host} giriş yapmanızı istiyor</translation>
    </message>
</context>
</TS>
