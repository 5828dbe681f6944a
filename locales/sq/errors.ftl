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
# When the PDF needs a font for one kind of writing (a script) that the computer lacks.
# $script is one of the script names below; $package is the name of a Debian package.
error-pdf-script-font-missing = PDF-i ka nevojë për një font për shkrimin { $script }, dhe ky kompjuter nuk ka asnjë. Ju lutemi instaloni fontin falas (në Debian ose Ubuntu: { $package }) dhe provoni përsëri. Asgjë nga ato që keni shkruar nuk ka humbur.
# Names of kinds of writing, used in the message above.
script-arabic = arab
script-hebrew = hebraik
script-bengali = bengali
script-devanagari = devanagari (hindi)
script-gurmukhi = gurmukhi (panxhabi)
script-gujarati = guxharati
script-latin = latin
error-pdf-font-missing = Ky kompjuter nuk ka asnjë font që mund ta përdorë PDF-i. Ju lutemi instaloni fontet falas Noto (në Debian ose Ubuntu: fonts-noto-core) dhe provoni përsëri.
error-file-disk-full = Nuk ka mjaft vend në disk për ta ruajtur këtë. Ju lutemi lironi pak vend, ose zgjidhni një vend tjetër, dhe provoni përsëri.
error-file-not-allowed = Aplikacioni nuk lejohet të ruajë në atë dosje. Ju lutemi zgjidhni një dosje tjetër.
error-file-write-failed = Skedari nuk u ruajt dot. Ju lutemi provoni përsëri, ose zgjidhni një vend tjetër.
error-pdf-open-failed = PDF-i u ruajt, por nuk u hap dot. Mund ta gjeni te dosja që zgjodhët dhe ta hapni prej andej.
error-notice-days-range = Ju lutemi zgjidhni një numër ditësh pune nga 0 deri në 20.
