# Messages when something needs another look or goes wrong. Shown on screen; readers are
# parents. Say what happened and what to do, kindly; never blame, never show technical words.

error-child-name-missing = Please write this child's first name, or remove the child from the list.
error-child-age-range = Please write an age from 0 to 18.
error-child-born-future = The date of birth is in the future. Please check it.
error-interpreter-language-missing = Please say which language you need an interpreter for.
error-scale-range = Please choose a number from 0 to 10.
error-unknown-question = This file has an answer to a question the app does not know.
error-contribution-invalid = This file is not a Family Voice contribution, or it is damaged.
error-contribution-newer-version = This file was made by a newer version of Family Voice. Please update the app to open it.
# When the PDF is refused because some characters cannot be printed (shown on screen to
# parents). $what is one or more of the unprintable- sentences below.
error-pdf-cannot-print = The PDF was not made, because some of what was written cannot be printed on this computer. { $what } Nothing you wrote has been lost.
# Under a text box while a parent or child types, when some of it would not print. $what as above.
unprintable-note = Some of this will not print in the PDF. { $what }
# One sentence per kind of character that cannot be printed. $chars lists them (private and unknown
# ones as codes such as U+E000); $script is one of the script names below; $package is the name
# of a Debian package.
unprintable-script = { $chars } ({ $script } writing): please install the free font { $package } (on Debian or Ubuntu), then try again.
# The same advice on Windows and on macOS, which have no Debian packages: the names in quotes
# (Settings, “Optional features”, “Supplemental Fonts”, Font Book) are the system's own, in English.
unprintable-script-windows = { $chars } ({ $script } writing): please add the free fonts for this writing in Windows (open Settings, search for “Optional features” and add the “Supplemental Fonts” for it), then try again.
unprintable-script-macos = { $chars } ({ $script } writing): please open Font Book on this Mac and download a free font for this writing, then try again.
unprintable-emoji = { $chars } (emoji): please install the free font { $package } (on Debian or Ubuntu), or take them out.
unprintable-emoji-newer = { $chars } (emoji): no font on this computer can print these. Please take them out, or use words instead.
unprintable-private = { $chars } (special characters that only one program understands): these can never be printed. Please take them out.
unprintable-other = { $chars }: no font on this computer can print these. Please take them out.
# Names of kinds of writing, used in the message above.
script-arabic = Arabic
script-hebrew = Hebrew
script-bengali = Bengali
script-devanagari = Devanagari (Hindi)
script-gurmukhi = Gurmukhi (Panjabi)
script-gujarati = Gujarati
script-latin = Latin
script-ethiopic = Ethiopic (Amharic, Tigrinya)
script-tamil = Tamil
script-tibetan = Tibetan
script-cjk = Chinese or Japanese
script-korean = Korean
error-pdf-font-missing = This computer has no font the PDF can use. Please install the free Noto fonts (on Debian or Ubuntu: fonts-noto-core) and try again.
error-file-disk-full = There is not enough space on the disk to save this. Please free some space, or choose another place, and try again.
error-file-not-allowed = The app is not allowed to save in that folder. Please choose another folder.
error-file-write-failed = The file could not be saved. Please try again, or choose another place.
error-pdf-open-failed = The PDF was saved, but it could not be opened. You can find it in the folder you chose and open it from there.
error-notice-days-range = Please choose a number of working days from 0 to 20.
error-chair-minutes-range = Please choose a number of minutes from 5 to 120.

# When the family writes down dates given at the conference before giving the conference's own date.
error-outcome-no-conference-date = Please put in the date of the conference first, on the practical page.
# When a core group or review date the family typed is before the conference or more than a year after it.
error-outcome-date-impossible = That date does not look right. It must be after the conference, and less than a year after it.
