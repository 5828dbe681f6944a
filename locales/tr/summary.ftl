# What the family wrote, put together: on the "Check your answers" screen and in the PDF.
# Readers: the family, then the Chair and the professionals at the conference.

# The PDF's title.
summary-title = Ailenin Çocuk Koruma Toplantısı için görüşleri
# Short title at the top right of every PDF page.
summary-header-title = Ailenin görüşleri
# At the top left of every PDF page.
summary-confidential = Gizli
# At the bottom of every PDF page.
summary-page-of = Sayfa { $page } / { $pages }
summary-about-heading = Hakkımızda
summary-written-by = Yazan
# $name is the writer's name, $relationship what they are to the children ("mum").
summary-writer-with-relationship = { $name } ({ $relationship })
summary-children = Çocuklar
summary-child-aged = { $age ->
        [one] { $name }, { $age } yaşında
       *[other] { $name }, { $age } yaşında
    }
summary-child-born = { $name }, doğum tarihi: { $date }
summary-conference = Toplantı
summary-date-at-time = { $date }, { $time }
summary-social-worker = Sosyal hizmet uzmanı
summary-helped-by = Kim yardım etti
# $role is one of the helper words below, $name the helper's name.
summary-helper-with-name = { $role }: { $name }
# The language the family chose; their answers are usually written in it too.
summary-language = Soruların ve cevapların dili
# At the foot of the last page of a PDF in a language other than English, until a qualified
# interpreter has checked this language's wording. Also shown beside the language in the chooser.
summary-translation-note = Bu sorular Family Voice ekibi tarafından çevrildi ve henüz nitelikli bir tercüman tarafından kontrol edilmedi.
summary-interpreter = Toplantıda tercüman
summary-interpreter-yes = Evet, { $language } için
summary-interpreter-no = Gerekmiyor
summary-access-needs = Katılmamızı kolaylaştıracak şeyler
# The family's number on the 0 to 10 scale.
summary-scale-answer = 10 üzerinden { $score }
# In place of an answer the family left blank.
summary-not-answered = Cevaplanmadı
summary-closing-heading = İmza
summary-made-on = Hazırlandığı tarih
summary-signature = İmza
summary-signed-date = Tarih

conference-kind-initial = İlk toplantı
conference-kind-review = Değerlendirme toplantısı
meeting-format-in-person = Aynı odada, yüz yüze
meeting-format-video = Görüntülü görüşmeyle
meeting-format-mixed = Bazıları odada, bazıları görüntülü görüşmede
meeting-format-phone = Telefonla
helper-nobody = Kimse, kendim yazdım
helper-supporter = Bir arkadaş ya da aile üyesi
helper-advocate = Bir hak savunucusu
helper-social-worker = Bir sosyal hizmet uzmanı
helper-interpreter = Bir tercüman
# Heading of the short timeline on the first page of the PDF and on the "Check your answers" screen.
summary-next-heading = Bundan sonra neler olacak

## The recovery sheet: one page the family prints, with the code that opens their drafts if
## the passphrase is forgotten. It names nobody.

recovery-pdf-title = Family Voice: kurtarma kodu
recovery-pdf-what = Family Voice şifre cümlenizi unutursanız, taslaklarınızı onun yerine bu kod açar.
recovery-pdf-how = Kilit ekranında "Şifre cümlemi unuttum" düğmesine basın. Bu kodu yazın, sonra yeni bir şifre cümlesi seçin.
recovery-pdf-keep = Bu sayfayı bilgisayardan uzakta, güvenli bir yerde saklayın. Bu koda sahip olan ve bilgisayarı kullanabilen herkes taslaklarınızı açabilir.
# $date: the day the sheet was made, e.g. "Sunday 6 December 2026".
recovery-pdf-made = Hazırlandığı tarih: { $date }.

## My notes for the day: one page the family prints to hold at the conference, in large type.
## The six headings are printed in this order; the first three are the Chair's own.

# Title of the notes page, on the notes screen and the printed page.
notes-title = Toplantı günü için notlarım
notes-working-well = Neler iyi gidiyor
notes-worries = Beni ne endişelendiriyor
notes-change = Neyin değişmesi gerekiyor
notes-reports = Raporlar hakkında söylemek istediklerim
notes-questions = Toplantı Başkanına sorularım
notes-coming = Benimle kim geliyor
# Shown on the notes screen when the notes would not fit on one printed page.
error-notes-too-long = Notlarınız bir sayfaya sığmıyor. Bazılarını kısaltın, sonra yeniden yazdırın. Yazdıklarınızdan hiçbir şey kaybolmadı.
# Under the title of the notes screen.
notes-intro = Bu notlar toplantıda elinizde tutmanız için. Cevaplarınızdan başlar. İstediğiniz gibi değiştirin: her satırda kısa bir nokta en kolay okunandır.
# Button on the notes screen that saves the page as a PDF.
notes-print = Notlarımı yazdır
