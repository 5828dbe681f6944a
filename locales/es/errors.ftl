# Messages when something needs another look or goes wrong. Shown on screen; readers are
# parents. Say what happened and what to do, kindly; never blame, never show technical words.

error-child-name-missing = Por favor, escribe el nombre de este niño o niña, o quítalo de la lista.
error-child-age-range = Por favor, escribe una edad entre 0 y 18.
error-child-born-future = La fecha de nacimiento es una fecha futura. Por favor, revísala.
error-interpreter-language-missing = Por favor, dinos para qué idioma necesitas intérprete.
error-scale-range = Por favor, elige un número del 0 al 10.
error-unknown-question = Este archivo tiene una respuesta a una pregunta que la aplicación no conoce.
error-contribution-invalid = Este archivo no es una aportación de Family Voice, o está dañado.
error-contribution-newer-version = Este archivo se hizo con una versión más nueva de Family Voice. Actualiza la aplicación para abrirlo.
# When the PDF is refused because some characters cannot be printed (shown on screen to
# parents). $what is one or more of the unprintable- sentences below.
error-pdf-cannot-print = No se ha hecho el PDF, porque parte de lo escrito no se puede imprimir en este ordenador. { $what } No se ha perdido nada de lo que has escrito.
# Under a text box while a parent or child types, when some of it would not print. $what as above.
unprintable-note = Parte de esto no saldrá en el PDF. { $what }
# One sentence per kind of character that cannot be printed. $chars lists them (private and unknown
# ones as codes such as U+E000); $script is one of the script names below; $package is the name
# of a Debian package.
unprintable-script = { $chars } (escritura { $script }): instala el tipo de letra gratuito { $package } (en Debian o Ubuntu) y vuelve a intentarlo.
unprintable-script-windows = { $chars } (escritura { $script }): añade los tipos de letra gratuitos para esta escritura en Windows (abre Settings, busca “Optional features” y añade sus “Supplemental Fonts”) y vuelve a intentarlo.
unprintable-script-macos = { $chars } (escritura { $script }): abre Font Book en este Mac, descarga un tipo de letra gratuito para esta escritura y vuelve a intentarlo.
unprintable-emoji = { $chars } (emojis): instala el tipo de letra gratuito { $package } (en Debian o Ubuntu), o quítalos.
unprintable-emoji-newer = { $chars } (emojis): ningún tipo de letra de este ordenador puede imprimirlos. Quítalos, o usa palabras en su lugar.
unprintable-private = { $chars } (caracteres especiales que solo entiende un programa): nunca se pueden imprimir. Quítalos, por favor.
unprintable-other = { $chars }: ningún tipo de letra de este ordenador puede imprimirlos. Quítalos, por favor.
# Names of kinds of writing, used in the message above.
script-arabic = árabe
script-hebrew = hebrea
script-bengali = bengalí
script-devanagari = devanagari (hindi)
script-gurmukhi = gurmukhi (panyabí)
script-gujarati = guyaratí
script-latin = latina
script-ethiopic = etíope (amárico, tigriña)
script-tamil = tamil
script-tibetan = tibetana
script-cjk = china o japonesa
script-korean = coreana
error-pdf-font-missing = Este ordenador no tiene ningún tipo de letra que el PDF pueda usar. Instala los tipos de letra gratuitos Noto (en Debian o Ubuntu: fonts-noto-core) y vuelve a intentarlo.
error-file-disk-full = No hay espacio suficiente en el disco para guardar esto. Libera algo de espacio, o elige otro sitio, y vuelve a intentarlo.
error-file-not-allowed = La aplicación no tiene permiso para guardar en esa carpeta. Por favor, elige otra carpeta.
error-file-write-failed = No se ha podido guardar el archivo. Vuelve a intentarlo, o elige otro sitio.
error-pdf-open-failed = El PDF se ha guardado, pero no se ha podido abrir. Lo encontrarás en la carpeta que elegiste, y puedes abrirlo desde allí.
error-notice-days-range = Por favor, elige un número de días laborables del 0 al 20.
error-chair-minutes-range = Elige un número de minutos entre 5 y 120.

# When the family writes down dates given at the conference before giving the conference's own date.
error-outcome-no-conference-date = Primero escriba la fecha de la conferencia, en la página práctica.
# When a core group or review date the family typed is before the conference or more than a year after it.
error-outcome-date-impossible = Esa fecha no parece correcta. Tiene que ser después de la conferencia y antes de que pase un año.
