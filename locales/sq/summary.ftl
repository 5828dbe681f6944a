# What the family wrote, put together: on the "Check your answers" screen and in the PDF.
# Readers: the family, then the Chair and the professionals at the conference.

# The PDF's title.
summary-title = Kontributi i familjes për konferencën për mbrojtjen e fëmijës
# Short title at the top right of every PDF page.
summary-header-title = Kontributi i familjes
# At the top left of every PDF page.
summary-confidential = Konfidenciale
# At the bottom of every PDF page.
summary-page-of = Faqja { $page } nga { $pages }
summary-about-heading = Rreth nesh
summary-written-by = Shkruar nga
# $name is the writer's name, $relationship what they are to the children ("mum").
summary-writer-with-relationship = { $name } ({ $relationship })
summary-children = Fëmijët
summary-child-aged = { $age ->
        [one] { $name }, { $age } vjeç
       *[other] { $name }, { $age } vjeç
    }
summary-child-born = { $name }, datëlindja: { $date }
summary-conference = Konferenca
summary-date-at-time = { $date }, në orën { $time }
summary-social-worker = Punonjësi social
summary-helped-by = Kush ndihmoi
# $role is one of the helper words below, $name the helper's name.
summary-helper-with-name = { $role }: { $name }
# The language the family chose; their answers are usually written in it too.
summary-language = Gjuha e pyetjeve dhe e përgjigjeve
# At the foot of the last page of a PDF in a language other than English, until a qualified
# interpreter has checked this language's wording. Also shown beside the language in the chooser.
summary-translation-note = Këto pyetje janë përkthyer nga ekipi i Family Voice dhe ende nuk janë kontrolluar nga një përkthyes i kualifikuar.
summary-interpreter = Përkthyes në konferencë
summary-interpreter-yes = Po, për { $language }
summary-interpreter-no = Nuk nevojitet
summary-access-needs = Çfarë do të na ndihmonte të merrnim pjesë
# The family's number on the 0 to 10 scale.
summary-scale-answer = { $score } nga 10
# In place of an answer the family left blank.
summary-not-answered = Pa përgjigje
summary-closing-heading = Nënshkruar
summary-made-on = Data e përgatitjes
summary-signature = Nënshkrimi
summary-signed-date = Data

conference-kind-initial = Konferenca fillestare
conference-kind-review = Konferenca e rishikimit
meeting-format-in-person = Bashkë në një sallë
meeting-format-video = Me video-thirrje
meeting-format-mixed = Disa në sallë, disa me video
meeting-format-phone = Me telefon
helper-nobody = Askush, e shkrova vetë
helper-supporter = Një mik ose dikush nga familja
helper-advocate = Një mbështetës i pavarur
helper-social-worker = Një punonjës social
helper-interpreter = Një përkthyes
# Heading of the short timeline on the first page of the PDF and on the "Check your answers" screen.
summary-next-heading = Çfarë ndodh më pas

## The recovery sheet: one page the family prints, with the code that opens their drafts if
## the passphrase is forgotten. It names nobody.

recovery-pdf-title = Family Voice: kodi i rikuperimit
recovery-pdf-what = Nëse e harroni frazën tuaj sekrete të Family Voice, ky kod i hap draftet tuaja në vend të saj.
recovery-pdf-how = Në ekranin e kyçjes, zgjidhni „E kam harruar frazën sekrete“. Shkruani këtë kod, pastaj zgjidhni një frazë sekrete të re.
recovery-pdf-keep = Mbajeni këtë fletë diku në vend të sigurt, larg kompjuterit. Kushdo që e ka këtë kod dhe mund ta përdorë kompjuterin mund t'i hapë draftet tuaja.
# $date: the day the sheet was made, e.g. "Sunday 6 December 2026".
recovery-pdf-made = Data e përgatitjes: { $date }.

## My notes for the day: one page the family prints to hold at the conference, in large type.
## The six headings are printed in this order; the first three are the Chair's own.

# Title of the notes page, on the notes screen and the printed page.
notes-title = Shënimet e mia për ditën e konferencës
notes-working-well = Çfarë po shkon mirë
notes-worries = Çfarë më shqetëson
notes-change = Çfarë duhet të ndryshojë
notes-reports = Çfarë dua të them për raportet
notes-questions = Pyetjet e mia për kryesuesin
notes-coming = Kush vjen me mua
# Shown on the notes screen when the notes would not fit on one printed page.
error-notes-too-long = Shënimet tuaja nuk nxënë në një faqe. Shkurtoni disa prej tyre dhe printoni përsëri. Asgjë nga ato që keni shkruar nuk ka humbur.
# Under the title of the notes screen.
notes-intro = Këto shënime janë për t'i mbajtur në dorë në konferencë. Ato nisin nga përgjigjet tuaja. Ndryshojini si të doni: një pikë e shkurtër në çdo rresht lexohet më lehtë.
# Button on the notes screen that saves the page as a PDF.
notes-print = Printo shënimet e mia
