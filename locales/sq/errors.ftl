# Messages when something needs another look or goes wrong. Shown on screen; readers are
# parents. Say what happened and what to do, kindly; never blame, never show technical words.

error-child-name-missing = Ju lutemi shkruani emrin e këtij fëmije, ose hiqeni fëmijën nga lista.
error-child-age-range = Ju lutemi shkruani një moshë nga 0 deri në 18.
error-child-born-future = Data e lindjes është në të ardhmen. Ju lutemi kontrollojeni.
error-interpreter-language-missing = Ju lutemi tregoni për cilën gjuhë keni nevojë për përkthyes.
error-scale-range = Ju lutemi zgjidhni një numër nga 0 deri në 10.
error-unknown-question = Ky skedar ka një përgjigje për një pyetje që aplikacioni nuk e njeh.
error-contribution-invalid = Ky skedar nuk është kontribut i Family Voice, ose është i dëmtuar.
error-contribution-newer-version = Ky skedar është bërë me një version më të ri të Family Voice. Ju lutemi përditësoni aplikacionin për ta hapur.
# When the PDF is refused because some characters cannot be printed (shown on screen to
# parents). $what is one or more of the unprintable- sentences below.
error-pdf-cannot-print = PDF-i nuk u bë, sepse një pjesë e asaj që është shkruar nuk mund të shtypet në këtë kompjuter. { $what } Asgjë nga ato që keni shkruar nuk ka humbur.
# Under a text box while a parent or child types, when some of it would not print. $what as above.
unprintable-note = Një pjesë e këtij teksti nuk do të dalë në PDF. { $what }
# One sentence per kind of character that cannot be printed. $chars lists them (private and unknown
# ones as codes such as U+E000); $script is one of the script names below; $package is the name
# of a Debian package.
unprintable-script = { $chars } (shkrimi { $script }): ju lutemi instaloni fontin falas { $package } (në Debian ose Ubuntu) dhe provoni përsëri.
unprintable-script-windows = { $chars } (shkrimi { $script }): ju lutemi shtoni fontet falas për këtë shkrim në Windows (hapni Settings, kërkoni “Optional features” dhe shtoni “Supplemental Fonts” për të), pastaj provoni përsëri.
unprintable-script-macos = { $chars } (shkrimi { $script }): ju lutemi hapni Font Book në këtë Mac dhe shkarkoni një font falas për këtë shkrim, pastaj provoni përsëri.
unprintable-emoji = { $chars } (emoji): ju lutemi instaloni fontin falas { $package } (në Debian ose Ubuntu), ose hiqini ato.
unprintable-emoji-newer = { $chars } (emoji): asnjë font në këtë kompjuter nuk mund t'i shtypë. Ju lutemi hiqini, ose shkruani fjalë në vend të tyre.
unprintable-private = { $chars } (shenja të veçanta që i kupton vetëm një program): këto nuk mund të shtypen kurrë. Ju lutemi hiqini.
unprintable-other = { $chars }: asnjë font në këtë kompjuter nuk mund t'i shtypë. Ju lutemi hiqini.
# Names of kinds of writing, used in the message above.
script-arabic = arab
script-hebrew = hebraik
script-bengali = bengali
script-devanagari = devanagari (hindi)
script-gurmukhi = gurmukhi (panxhabi)
script-gujarati = guxharati
script-latin = latin
script-ethiopic = etiopian (amharik, tigrinja)
script-tamil = tamil
script-tibetan = tibetian
script-cjk = kinez ose japonez
script-korean = korean
error-pdf-font-missing = Ky kompjuter nuk ka asnjë font që mund ta përdorë PDF-i. Ju lutemi instaloni fontet falas Noto (në Debian ose Ubuntu: fonts-noto-core) dhe provoni përsëri.
error-file-disk-full = Nuk ka mjaft vend në disk për ta ruajtur këtë. Ju lutemi lironi pak vend, ose zgjidhni një vend tjetër, dhe provoni përsëri.
error-file-not-allowed = Aplikacioni nuk lejohet të ruajë në atë dosje. Ju lutemi zgjidhni një dosje tjetër.
error-file-write-failed = Skedari nuk u ruajt dot. Ju lutemi provoni përsëri, ose zgjidhni një vend tjetër.
error-pdf-open-failed = PDF-i u ruajt, por nuk u hap dot. Mund ta gjeni te dosja që zgjodhët dhe ta hapni prej andej.
error-notice-days-range = Ju lutemi zgjidhni një numër ditësh pune nga 0 deri në 20.
error-chair-minutes-range = Ju lutemi zgjidhni një numër minutash nga 5 deri në 120.

# When the family writes down dates given at the conference before giving the conference's own date.
error-outcome-no-conference-date = Ju lutemi shkruani fillimisht datën e konferencës, në faqen praktike.
# When a core group or review date the family typed is before the conference or more than a year after it.
error-outcome-date-impossible = Kjo datë nuk duket e saktë. Duhet të jetë pas konferencës dhe më pak se një vit pas saj.
