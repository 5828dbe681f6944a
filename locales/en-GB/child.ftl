# The child's own journey. Readers: children and young people, with an advocate or another
# trusted adult beside them. Three age bands: "young" (about 5–7: very few, very simple words,
# one thing per screen), "middle" (8–11) and "older" (12 and over: a young person's wording,
# never childish). Be warm and calm. Never suggest the child has done anything wrong.

## Starting

# Button on the start screen that begins a child's own draft.
child-start-button = Start a child's own views
# The name a child's draft gets when no name is given. $date: today, e.g. "Sunday 22 November 2026".
child-default-label = My views, started { $date }
child-who-title = Before we start
child-name-label = What is your first name?
child-age-label = How old are you?
child-helper-label = Is someone helping you today?
child-helper-nobody = No, I am on my own
child-helper-advocate = Yes, an advocate
child-helper-social-worker = Yes, a social worker
child-helper-family = Yes, someone in my family
child-helper-friend = Yes, a friend
child-helper-interpreter = Yes, an interpreter
child-helper-name-label = What is their name?
# Above three buttons that choose how the questions are worded. The age sets it; it can be changed.
child-band-label = Which words suit you best?
child-band-young = For ages 5 to 7
child-band-middle = For ages 8 to 11
child-band-older = For ages 12 and over
# The big, kind button on every screen of the child's journey. It saves and goes back to the start.
child-stop = I want to stop now
child-next = Next
child-back = Back

## What the meeting is about (one screen per paragraph for "young"; one screen for the others)

child-explain-title = About the meeting
child-explain-1-young = Some grown-ups are having a meeting about you.
child-explain-2-young = The meeting is to help you be safe and happy.
child-explain-3-young = It is not about taking you away from your family.
child-explain-4-young = Your family will be there. Your teacher and your social worker may come too.
child-explain-5-young = You can go, or someone can tell them what you think. Or you can say nothing. All of these are OK.
child-explain-1-middle = Some adults who know your family are having a meeting. It is called a child protection conference.
child-explain-2-middle = The meeting is about keeping you safe and well. It is not about taking you away from your family.
child-explain-3-middle = Your parents or carers will be there. So will people like your social worker, your teacher and the school nurse. A person called the Chair runs the meeting. The Chair makes sure everyone is heard.
child-explain-4-middle = You can go to all of the meeting or part of it. An advocate can speak for you. You can send your views, like a drawing or this page. Or you can say nothing at all. Every choice is OK.
child-explain-5-middle = What you write here is yours. You choose what the meeting sees.
child-explain-1-older = The adults who work with your family are meeting to talk about how things are at home. It is called a child protection conference.
child-explain-2-older = Its job is to decide whether you need a Child Protection Plan: a written plan of what will help keep you safe and who will do what. It is not about taking you away from your family, and it is not a court.
child-explain-3-older = Your parents or carers will be there. So will the people who work with your family, such as your social worker, your school, health workers and sometimes the police. An independent person called the Chair runs it.
child-explain-4-older = You can go to all of it or just part of it. You can ask an advocate to speak for you. You can send your views in writing or as a drawing. Or you can choose not to take part. All of these are fine, and you can change your mind.
child-explain-5-older = Everything you write here stays private unless you choose to share it.

## The three houses

# The three houses' usual names. A child can rename each one.
child-house-good = The house of good things
child-house-worries = The house of worries
child-house-wishes = The house of wishes and dreams
child-house-rename-label = You can give this house a different name
child-house-symbol-label = Pick a picture for this house
child-symbol-sun = Sun
child-symbol-star = Star
child-symbol-heart = Heart
child-symbol-cloud = Cloud
child-symbol-rainbow = Rainbow
child-symbol-tree = Tree
child-house-good-prompt-young = What makes you happy?
child-house-good-prompt-middle = What are the good things in your life? Who and what makes you happy?
child-house-good-prompt-older = What is going well for you, at home, at school or anywhere else?
child-house-worries-prompt-young = Is anything making you sad or scared?
child-house-worries-prompt-middle = Is anything worrying you, or making you sad, scared or cross?
child-house-worries-prompt-older = What worries you, or what would you like to be different?
child-house-wishes-prompt-young = If you had a magic wand, what would you wish for?
child-house-wishes-prompt-middle = What are your wishes and dreams? What would make things better?
child-house-wishes-prompt-older = What would you like to happen, now and in the future?
child-write-label = Write here, if you like
child-draw-label = Draw here, if you like
child-draw-hint = Use a mouse, your finger or a pen.
child-draw-colour = Colour
child-colour-black = Black
child-colour-red = Red
child-colour-blue = Blue
child-colour-green = Green
child-colour-yellow = Yellow
child-draw-eraser = Rubber
child-draw-undo = Undo
child-draw-clear = Start the drawing again
# Pictures a child can put on their drawing with a click, a tap or the keyboard, instead of drawing by hand.
child-draw-stamps-label = Or put a picture on your drawing
child-stamp-sun = Sun
child-stamp-heart = Heart
child-stamp-house = House
child-stamp-person = Person
# Under the pictures: how to place one by pointer, or with the keyboard alone.
child-draw-keys-hint = Pick a picture. Then click or tap where it goes. No mouse? Press Tab to get to the drawing. Move with the arrow keys. Then press Enter or Space.
# What a screen reader calls the drawing area.
child-draw-canvas = Your drawing

## More about you

child-people-title = People who matter to me
child-people-prompt-young = Who is special to you?
child-people-prompt-middle = Who are the important people in your life?
child-people-prompt-older = Who is important to you, and who do you go to when you need help?
child-know-title = What I want the meeting to know
child-know-prompt-young = What do you want the grown-ups to know?
child-know-prompt-middle = What do you want the people at the meeting to know?
child-know-prompt-older = What do you most want the people at the meeting to hear?
child-happen-title = What I would like to happen
child-happen-prompt-young = What would make things better for you?
child-happen-prompt-middle = What would you like to happen after the meeting?
child-happen-prompt-older = What would you like the meeting to decide, or people to do?
child-part-title = The meeting and me
child-part-question = Do you want to go to the meeting?
child-part-all = Yes, all of it
child-part-some = Yes, for part of it
child-part-advocate = No, but I want an advocate to speak for me
child-part-views = No, but I want them to see my views
child-part-none = No, and I don't want to say anything. That is OK.
child-part-unsure = I'm not sure yet
child-part-words-label = Anything else about the meeting?

## Choosing what to share

child-share-title = What can the meeting see?
child-share-intro = You choose. Anything you say "no" to stays private. Nobody at the meeting will see it.
child-share-yes = Yes, they can see this
child-share-no = No, keep it private
child-share-drawing = Your drawing
child-share-nothing = You have not written or drawn anything yet. That is OK.
child-make-pdf = Make my page
child-pdf-made = Your page is ready. It only has the things you chose to share.

## The child's PDF ("My views for my meeting")

child-pdf-title = My views for my meeting
child-pdf-name = My name
child-pdf-age = My age
child-pdf-date = Made on
child-pdf-helped = Who helped me
# $role is one of the helper words above, without "Yes, "; $name is the helper's name.
child-pdf-helper-with-name = { $role }: { $name }
child-pdf-helper-advocate = An advocate
child-pdf-helper-social-worker = A social worker
child-pdf-helper-family = Someone in my family
child-pdf-helper-friend = A friend
child-pdf-helper-interpreter = An interpreter
child-pdf-helper-nobody = Nobody, I did it on my own
child-pdf-taking-part = How I want to take part
child-pdf-nothing-shared = I chose to keep my views private this time.
