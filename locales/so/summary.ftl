# What the family wrote, put together: on the "Check your answers" screen and in the PDF.
# Readers: the family, then the Chair and the professionals at the conference.

# The PDF's title.
summary-title = Aragtida qoyska ee Shirka Ilaalinta Ilmaha
# Short title at the top right of every PDF page.
summary-header-title = Aragtida qoyska
# At the top left of every PDF page.
summary-confidential = Qarsoodi
# At the bottom of every PDF page.
summary-page-of = Bogga { $page } ee { $pages }
summary-about-heading = Xog nagu saabsan
summary-written-by = Waxaa qoray
# $name is the writer's name, $relationship what they are to the children ("mum").
summary-writer-with-relationship = { $name } ({ $relationship })
summary-children = Carruurta
summary-child-aged = { $age ->
        [one] { $name }, { $age } sano jir
       *[other] { $name }, { $age } sano jir
    }
summary-child-born = { $name }, taariikhda dhalashada: { $date }
summary-conference = Shirka
summary-date-at-time = { $date }, saacadda { $time }
summary-social-worker = Shaqaalaha bulshada
summary-helped-by = Cidda caawisay
# $role is one of the helper words below, $name the helper's name.
summary-helper-with-name = { $role }: { $name }
# The language the family chose; their answers are usually written in it too.
summary-language = Luqadda su'aalaha iyo jawaabaha
# At the foot of the last page of a PDF in a language other than English, until a qualified
# interpreter has checked this language's wording. Also shown beside the language in the chooser.
summary-translation-note = Su'aalahan waxaa turjumay kooxda Family Voice, weli ma aanu hubin turjubaan shahaado leh.
summary-interpreter = Turjubaan shirka
summary-interpreter-yes = Haa, luqadda { $language }
summary-interpreter-no = Looma baahna
summary-access-needs = Waxa naga caawin lahaa inaan ka qayb qaadanno
# The family's number on the 0 to 10 scale.
summary-scale-answer = { $score } ee 10
# In place of an answer the family left blank.
summary-not-answered = Lama jawaabin
summary-closing-heading = Saxiixa
summary-made-on = Taariikhda la sameeyay
summary-signature = Saxiix
summary-signed-date = Taariikh

conference-kind-initial = Shirka koowaad
conference-kind-review = Shirka dib-u-eegista
meeting-format-in-person = Isku qol, iyadoo la wada joogo
meeting-format-video = Wicitaan muuqaal ah (video)
meeting-format-mixed = Qaar qolka ku jira, qaarna wicitaan muuqaal ah
meeting-format-phone = Taleefan
helper-nobody = Cidna, keligay ayaan qoray
helper-supporter = Saaxiib ama qof qoyska ka mid ah
helper-advocate = U-doode
helper-social-worker = Shaqaale bulsho
helper-interpreter = Turjubaan
# Heading of the short timeline on the first page of the PDF and on the "Check your answers" screen.
summary-next-heading = Waxa dhacaya marka xigta

## The recovery sheet: one page the family prints, with the code that opens their drafts if
## the passphrase is forgotten. It names nobody.

recovery-pdf-title = Family Voice: koodhka soo celinta
recovery-pdf-what = Haddii weedhaada sirta ah ee Family Voice kaa illowdo, koodhkan ayaa furaya qabyo-qoraalladaada.
recovery-pdf-how = Marka shaashaddu xiran tahay, dooro "Weedhayda sirta ah way iga illowday". Qor koodhkan, kadibna dooro weedh sir ah oo cusub.
recovery-pdf-keep = Warqaddan meel ammaan ah ku hay, oo ka fog kombiyuutarka. Qof kasta oo haysta koodhkan oo isticmaali kara kombiyuutarka wuu furi karaa qabyo-qoraalladaada.
# $date: the day the sheet was made, e.g. "Sunday 6 December 2026".
recovery-pdf-made = Taariikhda la sameeyay: { $date }.

## My notes for the day: one page the family prints to hold at the conference, in large type.
## The six headings are printed in this order; the first three are the Chair's own.

# Title of the notes page, on the notes screen and the printed page.
notes-title = Qoraalladayda maalinta kulanka
notes-working-well = Waxa si fiican u socda
notes-worries = Waxa i walwal geliya
notes-change = Waxa u baahan inay isbeddelaan
notes-reports = Waxa aan ka odhan doono warbixinnada
notes-questions = Su'aalahayga Guddoomiyaha
notes-coming = Cidda ila imanaysa
# Shown on the notes screen when the notes would not fit on one printed page.
error-notes-too-long = Qoraalladaadu way ka dheer yihiin hal bog. Qaar ka mid ah soo gaabi, kadibna mar kale daabac. Waxaad qortay waxba kama lumin.
# Under the title of the notes screen.
notes-intro = Qoraalladan waa kuwo aad gacanta ku haysato kulanka. Waxay ka bilaabmaan jawaabahaaga. Sida aad rabto u beddel: hal qodob oo gaaban sadar kasta ayaa ugu fudud in la akhriyo.
# Button on the notes screen that saves the page as a PDF.
notes-print = Daabac qoraalladayda
