# Words on the app's screens. Every message here is shown as it is, with no variables.
# Readers: parents and carers at home, often worried, some who do not read easily.
# Keep sentences short and kind; never sound like an official letter.

## Everywhere

# The window title and the name at the top of every screen.
app-name = Family Voice
# One line under the app's name in the computer's list of programs and in software centres,
# before it is installed (the .desktop entry and the AppStream metainfo, written by ./dev package).
app-summary = Get ready for a child protection conference
# Button that goes to the screen before. On every screen but the first.
nav-back = Back
# Button that goes to the next screen. Questions may be left blank, so this never says "skip".
nav-next = Next
# Title of the box at the top of a page when some answers need another look.
error-summary-title = Please check these answers
# Reminder under the progress line on every part.
part-blank-ok = You can leave any question blank and come back to it later.

## Welcome screen

# Above the list of languages on the first screen. Each language is named in itself.
language-label = Language

welcome-title = Getting ready for your child protection conference
welcome-lead = This app helps you think about what you want to say at the meeting, and make a page to print and take with you.
welcome-what-heading = What is a child protection conference?
welcome-what-1 = It is a meeting about your child. You and the people who work with your family, like the social worker, teachers, health visitor or doctor, meet to talk about how to keep your child safe and well.
welcome-what-2 = The meeting decides whether your child needs a Child Protection Plan. This is a written plan of what needs to happen to keep your child safe, and who will help.
welcome-what-3 = The conference does not decide where your child lives. It is not a court.
welcome-voice-heading = Your views matter
welcome-voice-1 = You are invited to the meeting to say what you think. You know your child better than anyone.
welcome-voice-2 = You can bring someone with you for support, like a friend, a relative or an advocate.
welcome-how-heading = How this app works
welcome-how-1 = First you tell us a little about yourself and the conference. Then there are six short parts, each with a few questions.
welcome-how-2 = At the end you can read everything again and make a PDF to print.
welcome-how-3 = Everything stays on this computer. Nothing is sent over the internet.
welcome-how-4 = Your answers save themselves as you type. They are locked on this computer so that only you can open them.
# The button that starts a new contribution, under the box for its name.
welcome-start = Start
# Under the few words explained on the welcome screen.
welcome-more-words = More words, and a guide to the meeting

## About you and the conference (the practical page)

about-title = About you and the conference
about-intro = This helps the people at the meeting know who wrote this. Fill in what you can. Every question can be left blank.
about-you-heading = About you
about-name-label = Your name
about-relationship-label = How are you related to the child or children?
about-relationship-hint = For example: mum, dad, grandparent, step-parent or foster carer.
about-children-heading = The children
about-children-hint = Write each child's first name. Add their age or their date of birth, whichever is easier.
about-child-name-label = First name
about-child-age-label = Age
about-child-birth-label = Date of birth
about-child-add = Add another child
about-child-remove = Remove this child
about-conference-heading = The conference
about-date-label = Date
about-time-label = Start time
about-kind-label = Which conference is it?
about-kind-initial = The first conference (called an initial conference)
about-kind-review = A review conference, after a plan was made
about-unsure = I'm not sure
about-format-label = How will it happen?
about-format-in-person = In a room together
about-format-video = On a video call
about-format-mixed = A mix of both
about-format-phone = By phone
about-social-worker-label = Your social worker's name
about-helper-heading = Help with this form
about-helper-label = Did anyone help you fill this in?
about-helper-nobody = No, I did it on my own
about-helper-supporter = A friend or family member
about-helper-advocate = An advocate
about-helper-social-worker = A social worker
about-helper-interpreter = An interpreter
about-helper-name-label = Their name
about-interpreter-label = Do you need an interpreter at the conference?
about-interpreter-no = No
about-interpreter-yes = Yes
about-interpreter-language-label = Which language?
about-access-label = Is there anything that would help you take part in the meeting?
about-access-hint = For example: step-free access, large print, a hearing loop, breaks, or a quiet room to wait in.

## Check your answers

check-title = Check your answers
check-intro = Read through what you have written. You can change anything before you make your PDF.
# Button beside each part that goes back to it.
check-change = Change
check-not-answered = Not answered
check-make-pdf = Make my PDF
check-pdf-note = You will choose where to save it. Then you can print it, or give it to the Chair or your social worker.
status-making-pdf = Making your PDF…
status-cancelled = You did not choose where to save your PDF, so it was not saved. You can try again.

## Your PDF is ready

done-title = Your PDF is ready
done-saved = It was saved as:
done-open = Open my PDF
done-back = Back to my answers
done-bring = Print it and bring it to the conference, or send it to the Chair or your social worker before the meeting. You can still change your answers and make a new one.
# Button on the "Your PDF is ready" screen that opens the notes to hold at the conference.
done-notes = Make my notes for the day

## Problems

# Shown when something failed that the family can do nothing about but try again.
error-unexpected = Something went wrong. What you have written is still here. Please try again.

## Buttons at the top of every screen

nav-timeline = What happens when
nav-guide = Guide and words
# Above the links to the glossary on a part's screen.
part-words = Words on this page

## What happens when (the timeline screen; its steps come from timeline.ftl)

timeline-no-date = Add the date of your conference on the "About you" page, and your dates will appear here.
timeline-add-date = Add the date
timeline-reports-days-label = How many working days before the conference should the reports reach you?
timeline-reports-days-hint = Most councils say 2 for a first conference and 5 for a review. Councils differ, so check with your social worker.
timeline-chair-minutes-label = How many minutes before the conference does the Chair meet you?
timeline-chair-minutes-hint = Many councils say 30 minutes, some 15 or an hour. Your invitation may say, or ask your social worker.
timeline-calendar-heading = Add the dates to your calendar
timeline-calendar-intro = This saves a file that your phone, Outlook or another calendar can open. The events only say what happens, not who it is about.
timeline-calendar-names = Add my children's first names to the events
timeline-calendar-save = Save the calendar file
timeline-calendar-saved = The calendar file was saved as:
status-calendar-cancelled = You did not choose where to save the calendar file, so it was not saved.

## Your drafts (the start screen)

drafts-heading = Your drafts
drafts-intro = Each person's answers are kept as a separate draft. Carry on with one, or start a new one.
drafts-none = There are no drafts on this computer yet.
drafts-open = Carry on
drafts-rename = Rename
drafts-rename-label = New name
drafts-rename-save = Save the name
drafts-cancel = Cancel
drafts-delete = Delete
# Asked once, beside the draft, after "Delete". Followed by the two buttons below.
drafts-delete-confirm = Delete this draft? Everything in it, and every copy the app kept, will be gone for good.
drafts-delete-yes = Yes, delete it
drafts-delete-no = No, keep it
# Above the files in the drafts folder that do not open.
drafts-unreadable-heading = Files that could not be opened
drafts-new-heading = Start a new contribution
drafts-new-label = What shall we call it?
drafts-new-hint = For example: "Mum — initial conference, 3 December". You can leave it blank and change it later.
# Spare passphrase, on the start screen when the drafts are open.
drafts-spare-heading = Add a spare passphrase
drafts-spare-intro = Your drafts are unlocked by this computer's password store. A spare passphrase is a second way in, in case the password store ever cannot be used. Write it down somewhere safe.
drafts-spare-saved = Your spare passphrase is set.
drafts-spare-save = Save the passphrase

## Saving, at the top of every screen

save-saving = Saving…
save-saved = Saved
# After the reason a save failed (for example a full disk), when the family pressed Lock, Hide
# or My drafts, or the app was about to lock itself: the draft is kept open so that nothing
# typed is lost, and saves by itself once it can.
save-kept-open = So that nothing is lost, this draft stays open until your latest changes are saved.
# After the reason a save failed, when the family closed the window: it stayed open this once,
# and closing it again closes it.
save-close-again = So that nothing is lost, the app is still open. To close it anyway, without your latest changes, close it again.
# Button at the top of every screen when only the passphrase opens the drafts: locks them and
# clears the screen.
nav-lock = Lock
# The same button when the drafts open without a passphrase on this computer account: it closes
# them and clears the screen, but does not promise a lock that anyone on the account can open.
nav-lock-keychain = Close drafts
# Button at the top of every screen: blanks the window at once and locks the drafts, for when
# someone comes into the room. Pressing Escape twice or Shift three times does the same.
nav-hide = Hide
# The only thing on the blank screen shown after "Hide". Deliberately plain, so the screen
# gives nothing away; it leads to the locked screen, never back to the draft.
cover-continue = Continue
nav-drafts = My drafts

## Locked, and other ways in

locked-title = Your drafts are locked
locked-intro = The app locked your drafts to keep them private. Nobody can read them until they are unlocked.
# Instead of locked-intro when the drafts open from the computer's password store (keychain)
# without a passphrase: says honestly that anyone using this computer account can open them.
locked-intro-keychain = Your drafts are closed and the screen is cleared. On this computer account they open without a passphrase, so anyone who can use this account can open them again with the button below.
locked-unlock = Unlock
locked-try-again = Try again
passphrase-label = Passphrase
passphrase-again-label = Type the passphrase again
passphrase-mismatch = The two passphrases are not the same. Please type them again.
passphrase-unlock = Unlock with my passphrase
# Under the passphrase box while a new passphrase is typed: how easy it would be to guess.
passphrase-strength-easy = Easy to guess. Add a few more words that only you would put together.
passphrase-strength-fair = Fair. One or two more words would make it much harder to guess.
passphrase-strength-hard = Hard to guess. Good.
choose-title = Choose a passphrase
choose-intro = A passphrase is like a password, but longer: a short sentence you will remember works well. You will need it every time you open your drafts. Next you will get a recovery code. If you forget your passphrase, only that code can open your drafts: nobody else, not even Family Voice, can get them back for you.
choose-save = Use this passphrase
lost-title = Your drafts cannot be opened
lost-start-again = Start again
# Asked once after "Start again". Followed by the two buttons below.
lost-confirm = Starting again puts the drafts that cannot be opened to one side, in a folder of their own, and gives you a new, empty list. Nothing is deleted.
lost-confirm-yes = Yes, put them to one side and start again
lost-confirm-no = No, go back
failed-title = Your drafts could not be opened

## The recovery code, shown once after a passphrase is chosen

recovery-title = Your recovery code
recovery-intro = If you ever forget your passphrase, this code will open your drafts instead. It is shown only this once.
recovery-keep = Write it down, or save the recovery sheet and print it. Keep it somewhere safe, away from this computer: anyone who has it can open your drafts.
recovery-save = Save the recovery sheet to print
# After "It was saved as:" and the file's name.
recovery-saved-note = Print it, keep the paper somewhere safe, then delete the file from this computer.
recovery-done = I have kept it safe. Carry on
# On the locked screen: opens the way in with the recovery code.
locked-forgot = I have forgotten my passphrase
locked-forgot-intro = Type the code from your recovery sheet, then choose a new passphrase. Your drafts will open, and from then on the new passphrase opens them.
recovery-code-label = Recovery code
recovery-new-save = Open my drafts with the new passphrase

## The very first start: how the drafts will open

first-title = How should your drafts open?
first-intro = Everything you write here is kept locked on this computer. Choose how it is opened. You can change this later without losing anything.
first-passphrase = Ask for my passphrase every time
# Under the button above. Says why it is recommended.
first-passphrase-why = Recommended, because other people may use this computer. Only someone who knows your passphrase can open your drafts, even on your own computer account.
first-keychain = Open without asking on this computer account
# Under the button above. Says plainly who can then open the drafts.
first-keychain-why = You will not need a passphrase. But anyone who can use this computer account can open your drafts, and so can programs running on it.

## How the drafts open, on the start screen (can be changed)

way-heading = How your drafts open
way-keychain-now = Your drafts open without a passphrase on this computer account. Anyone who can use this account can open them.
way-to-passphrase-intro = To keep them from other people who use this account, choose a passphrase. From then on it is asked for every time.
way-to-passphrase = Ask for my passphrase every time
way-passphrase-now = Your drafts ask for your passphrase every time they open.
way-to-keychain-intro = To open them without a passphrase on this computer account, type your passphrase once more. Anyone who can use this account will then be able to open them.
way-to-keychain = Open without asking on this computer account
# After either change above.
way-changed = Done. All your drafts are still here.

## While the computer's password store is being asked for the drafts' key

asking-title = Opening your drafts
# Shown while the computer puts up its own box asking for its password (the "keyring"), which
# can take a while. Written so that a family knows the box is the computer's, not a trick.
asking-intro = Your computer is asking for its keyring password… This is the computer's own password box, not Family Voice's. Type your computer password there, and your drafts will open.
# Shown under the message above, only when the drafts also have a passphrase.
asking-passphrase-intro = Or unlock with your Family Voice passphrase instead:

## Delete everything (at the foot of the start screens)

erase-heading = Delete everything from this computer
# Says exactly what goes, so nobody is surprised, and that it cannot be undone.
erase-intro = This removes everything Family Voice keeps on this computer: every draft, every copy of them, the key that opens them, interpreters' reviews and your settings. It cannot be undone. The app closes when it has finished. PDFs you saved somewhere yourself are not touched.
# Above the box. The word to type follows on its own line.
erase-confirm-label = To be sure, type this word in the box:
# The word the family must type to confirm. Use an ordinary word of your language that means
# "delete", easy to type on a keyboard for your language.
erase-confirm-word = delete
erase-button = Delete everything now
# Under the box, when what was typed is not the word above.
erase-not-confirmed = Nothing has been deleted. To delete everything, type the word shown above exactly.
# Under the box, when the drafts were deleted but a folder of the app's other files could not be removed
# (another program was still writing in it). Read by a parent who has just deleted everything.
erase-incomplete = Your drafts and their key are deleted, but some of the app's other files could not be removed yet. Close Family Voice, open it again and choose “Delete everything” once more.

## Read aloud (beside each question, guide paragraph and child's question)

# Small button that reads the words beside it aloud, through the computer's own voice.
read-aloud = Read aloud
# The same button while it is reading: stops the reading at once.
read-aloud-stop = Stop
# Shown once on a screen instead of the buttons, when the computer has no voice for the
# screens' language (Somali, on most computers).
read-aloud-no-voice = This computer has no voice that can read this language aloud.
# Shown when the computer's voice failed to read the words.
read-aloud-failed = Reading aloud did not work. Please try again.

# After the conference: the categories of harm a Child Protection Plan is made under in England.
outcome-category-physical = Physical abuse
outcome-category-emotional = Emotional abuse
outcome-category-sexual = Sexual abuse
outcome-category-neglect = Neglect
# On a review conference's draft, above the answer the family gave to the same question last time.
last-time-said = Last time you said:
# Under the last answer: a prompt to think about what is different now.
last-time-changed = What has changed since then? Is it still true?
# A button beside a parent's draft on the start screen: it starts a new draft for the review conference from it, and the old one stays as it was.
drafts-prepare-review = Prepare for the review conference
## After the conference: a part of the timeline screen where the family writes down what was decided.
# Heading.
outcome-title = After the conference
# Under the heading.
outcome-intro = When the conference is over, write down what it decided. The timeline will then show the dates you were given.
# A question with three answers below it.
outcome-plan-label = Did the conference decide on a Child Protection Plan?
outcome-plan-yes = Yes, there is a plan
outcome-plan-no = No plan
outcome-plan-unsure = I am not sure
# Above four boxes to tick, each with a category of harm and a plain sentence saying what it means.
outcome-categories-label = Which category of harm did they say? You can tick more than one.
outcome-category-physical-hint = Hurting a child's body, or not keeping them safe from being hurt.
outcome-category-emotional-hint = Treating a child in a way that harms their feelings, like a lot of shouting, frightening or ignoring them.
outcome-category-sexual-hint = Making or letting a child take part in sexual things.
outcome-category-neglect-hint = Not giving a child what they need every day, like food, warmth, care, safety or a doctor.
# Labels of two date boxes.
outcome-core-group-label = Date of the first core group meeting
outcome-review-label = Date of the review conference
# On the guide's section about complaints, when a draft is open: a box where the family may keep the council's contact for a complaint about how the conference was run. The app has no council's details built in.
outcome-council-label = Your council's contact for complaints (a name, phone number or email), if you want to keep it here
# The button that saves what was decided.
outcome-save = Save what was decided
# Shown after saving.
outcome-saved = Saved. The timeline now shows the dates you were given.
