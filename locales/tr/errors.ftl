# Messages when something needs another look or goes wrong. Shown on screen; readers are
# parents. Say what happened and what to do, kindly; never blame, never show technical words.

error-child-name-missing = Lütfen bu çocuğun adını yazın ya da çocuğu listeden çıkarın.
error-child-age-range = Lütfen 0 ile 18 arasında bir yaş yazın.
error-child-born-future = Doğum tarihi ileri bir tarih olarak görünüyor. Lütfen kontrol edin.
error-interpreter-language-missing = Lütfen hangi dil için tercümana ihtiyacınız olduğunu yazın.
error-scale-range = Lütfen 0 ile 10 arasında bir sayı seçin.
error-unknown-question = Bu dosyada, uygulamanın tanımadığı bir soruya verilmiş bir cevap var.
error-contribution-invalid = Bu dosya Family Voice ile hazırlanmış bir görüş belgesi değil ya da dosya bozulmuş.
error-contribution-newer-version = Bu dosya, Family Voice'un daha yeni bir sürümüyle hazırlanmış. Açmak için lütfen uygulamayı güncelleyin.
# When the PDF is refused because some characters cannot be printed (shown on screen to
# parents). $what is one or more of the unprintable- sentences below.
error-pdf-cannot-print = PDF oluşturulmadı, çünkü yazılanların bir kısmı bu bilgisayarda yazdırılamıyor. { $what } Yazdıklarınızdan hiçbir şey kaybolmadı.
# Under a text box while a parent or child types, when some of it would not print. $what as above.
unprintable-note = Bunun bir kısmı PDF'te çıkmayacak. { $what }
# One sentence per kind of character that cannot be printed. $chars lists them (private and unknown
# ones as codes such as U+E000); $script is one of the script names below; $package is the name
# of a Debian package.
unprintable-script = { $chars } ({ $script } yazısı): lütfen ücretsiz { $package } yazı tipini kurun (Debian veya Ubuntu'da), sonra yeniden deneyin.
unprintable-script-windows = { $chars } ({ $script } yazısı): lütfen Windows'ta bu yazı için ücretsiz yazı tiplerini ekleyin (Settings'i açın, “Optional features” diye arayın ve bu yazının “Supplemental Fonts” paketini ekleyin), sonra yeniden deneyin.
unprintable-script-macos = { $chars } ({ $script } yazısı): lütfen bu Mac'te Font Book'u açın ve bu yazı için ücretsiz bir yazı tipi indirin, sonra yeniden deneyin.
unprintable-emoji = { $chars } (emoji): lütfen ücretsiz { $package } yazı tipini kurun (Debian veya Ubuntu'da) ya da bunları silin.
unprintable-emoji-newer = { $chars } (emoji): bu bilgisayardaki hiçbir yazı tipi bunları yazdıramıyor. Lütfen bunları silin ya da yerine kelime yazın.
unprintable-private = { $chars } (yalnızca tek bir programın anladığı özel karakterler): bunlar hiçbir zaman yazdırılamaz. Lütfen bunları silin.
unprintable-other = { $chars }: bu bilgisayardaki hiçbir yazı tipi bunları yazdıramıyor. Lütfen bunları silin.
# Names of kinds of writing, used in the message above.
script-arabic = Arap alfabesi
script-hebrew = İbrani alfabesi
script-bengali = Bengal alfabesi
script-devanagari = Devanagari alfabesi (Hintçe)
script-gurmukhi = Gurmukhi alfabesi (Pencapça)
script-gujarati = Gucarati alfabesi
script-latin = Latin alfabesi
script-ethiopic = Etiyopya (Amharca, Tigrinya)
script-tamil = Tamil
script-tibetan = Tibet
script-cjk = Çince veya Japonca
script-korean = Korece
error-pdf-font-missing = Bu bilgisayarda PDF'in kullanabileceği bir yazı tipi yok. Lütfen ücretsiz Noto yazı tiplerini yükleyin (Debian ya da Ubuntu'da: fonts-noto-core) ve yeniden deneyin.
error-file-disk-full = Bunu kaydetmek için diskte yeterli yer yok. Lütfen biraz yer açın ya da başka bir yer seçin ve yeniden deneyin.
error-file-not-allowed = Uygulamanın o klasöre kaydetme izni yok. Lütfen başka bir klasör seçin.
error-file-write-failed = Dosya kaydedilemedi. Lütfen yeniden deneyin ya da başka bir yer seçin.
error-pdf-open-failed = PDF kaydedildi ama açılamadı. Onu seçtiğiniz klasörde bulabilir ve oradan açabilirsiniz.
error-notice-days-range = Lütfen 0 ile 20 arasında bir iş günü sayısı seçin.
error-chair-minutes-range = Lütfen 5 ile 120 arasında bir dakika sayısı seçin.

# When the family writes down dates given at the conference before giving the conference's own date.
error-outcome-no-conference-date = Lütfen önce pratik bilgiler sayfasına konferansın tarihini yazın.
# When a core group or review date the family typed is before the conference or more than a year after it.
error-outcome-date-impossible = Bu tarih doğru görünmüyor. Konferanstan sonra ve ondan bir yıl geçmeden olmalı.
