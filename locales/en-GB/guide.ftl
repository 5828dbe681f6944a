# The guide to the conference and the glossary of words used there.
# Readers: parents and carers, on the "Guide and words" screen; the glossary's first five terms
# also appear on the welcome screen. Many readers are anxious and some do not read easily:
# short sentences, plain words, a kind tone. Describe harm factually and gently, never graphically.

guide-title = A guide to the conference
guide-intro = What happens, who will be there, and what the words mean. Read as much or as little as you like.

## Sections of the guide: a title and a few short paragraphs each

guide-who-title = Who will be there
guide-who-1 = You, and anyone you bring for support. Your child may come too, if they are old enough and want to, or they can share their views in another way.
guide-who-2 = The Chair, who runs the meeting, and someone who writes down what is said.
guide-who-3 = People who know your child and your family: usually the social worker, and often the school or nursery, a health visitor or school nurse, your doctor, and sometimes the police or other services you have worked with.
guide-who-4 = Everyone is there for the same reason: to think about how to keep your child safe and well.

guide-chair-title = What the Chair does
guide-chair-1 = The Chair is in charge of the meeting. They are independent: they have not worked with your family and they are not your social worker.
guide-chair-2 = Before the meeting starts, the Chair usually meets you on your own to explain what will happen and to hear what you want to say.
guide-chair-3 = During the meeting, the Chair makes sure everyone is heard, including you.

guide-meeting-title = How the meeting runs
guide-meeting-1 = Everyone says who they are and why they are there.
guide-meeting-2 = Each person shares what is working well for your child and what they are worried about. The reports they wrote are talked about.
guide-meeting-3 = You can answer, correct anything that is wrong, and ask questions. You can read out what you prepared, or give it to the Chair.
guide-meeting-4 = The meeting usually takes one to two hours. You can ask for a short break at any time.

guide-video-title = Meetings by video or phone
guide-video-1 = Many conferences are now held by video, or with some people in the room and others joining by video or phone. Your invitation should say which, and give you a video link and a number to join by phone.
guide-video-2 = You are usually asked to join first, so you can talk with the Chair on your own before the other people join.
guide-video-3 = Join from a private room, never from a public place. If anyone else is seen or heard in your room, the Chair may have to remove them from the call. Your children should not be able to hear.
guide-video-4 = The Chair asks each person in turn, and you can answer after each one. If you do not understand something, or need a break, tell the Chair.

guide-decide-title = What the conference can decide
guide-decide-1 = The conference decides whether your child needs a Child Protection Plan. This happens when the people there believe your child has suffered, or is likely to suffer, significant harm.
guide-decide-2 = If there is a plan, the conference also says which kind of harm it is mainly about: physical abuse, emotional abuse, sexual abuse or neglect.
guide-decide-3 = If a Child Protection Plan is not needed, the conference may suggest a Child in Need plan, or other help for your family, or no plan at all.
guide-decide-4 = The conference does not decide where your child lives, and it is not a court.

guide-core-group-title = The core group
guide-core-group-1 = If there is a Child Protection Plan, a small group meets to make it happen. This is the core group. You are part of it, with the social worker and a few others who know your child.
guide-core-group-2 = The core group first meets within 10 working days of the conference, and then regularly, to check how things are going and what help is needed.

guide-after-title = After the conference
guide-after-1 = You should be told what was decided within one working day, and get the written notes of the meeting (the minutes) later. Check them, and tell the Chair if something is wrong.
guide-after-2 = If there is a plan, a review conference looks at how it is going within 3 months, and then at least every 6 months for as long as the plan lasts.
guide-after-3 = The plan ends when a conference decides your child no longer needs it.

guide-rights-title = Things you can ask for
guide-rights-1 = To bring someone with you: a friend, a relative or an advocate.
guide-rights-2 = An interpreter, if you would rather speak in your own language. Ask the social worker before the meeting.
guide-rights-3 = To see the reports before the meeting, so you have time to read them.
guide-rights-4 = To speak to the Chair on your own, and to have a break during the meeting.

guide-complain-title = If you are unhappy
guide-complain-1 = If you are unhappy with how the conference was run, or with what it decided, tell the Chair or the social worker first. They may be able to put things right.
guide-complain-2 = If that does not help, every council has a complaints procedure for conferences. Ask your social worker or the council for it. An advocate can help you make a complaint.

guide-private-title = Keeping your drafts private
guide-private-1 = If someone comes into the room, press "Hide" at the top of the screen. The screen goes blank at once and your drafts are locked.
guide-private-2 = Pressing the Esc key twice, or the Shift key three times, quickly and with no other key in between, does the same. Typing never does it: any other key, such as a letter or Tab, starts the count again.
guide-private-3 = To carry on, press "Continue" on the blank screen, then unlock your drafts.

## Getting ready for a video or phone meeting: a checklist the family ticks, on the practical
## page once they choose video, phone or a mix, and under the guide's section on such meetings.
## Each item is one thing to do, said as an instruction to the parent. The phone list has no
## camera or video link items.
ready-video-title = Getting ready for a video meeting
ready-phone-title = Getting ready for a phone meeting
ready-intro = Tick each one when it is done. Your ticks are saved with your draft.
ready-private-room = Find a private room where your children and other people cannot hear the meeting.
ready-headphones = Use headphones or earphones, so nobody near you hears what others say.
ready-device-charged = Charge your phone, tablet or computer the day before, and keep the charger close.
ready-phone-charged = Charge your phone the day before, and keep the charger close.
ready-link-tested = Try the video link from your invitation the day before, on the device you will use.
ready-number-tested = The day before, check you have the number to ring and any code from your invitation.
ready-camera = Check your camera and microphone work, and sit where the Chair can see your face.
ready-contribution-at-hand = Have your contribution printed, or open on another device, so you can read from it.
ready-call-drops = Before the day, ask your social worker for a phone number to ring if the call drops.
ready-muted = Stay on mute when you are not speaking, and unmute when you want to say something.
ready-break = Remember you can ask the Chair for a break at any time.
ready-interpreter = If you need an interpreter, they can join the call too. Ask your social worker to arrange it.

## The glossary: each term's name and what it means

glossary-title = Words you might hear
glossary-chair-name = The Chair
glossary-chair-meaning = The person who runs the conference. They are independent: they have not worked with your family before.
glossary-coordinator-name = Child protection coordinator
glossary-coordinator-meaning = The person at the council who arranges conferences and makes sure they happen on time. In some councils the Chair does this job.
glossary-plan-name = Child Protection Plan
glossary-plan-meaning = A written plan of what needs to change to keep a child safe, who will help, and by when. It is checked at review conferences.
glossary-child-in-need-name = Child in Need plan
glossary-child-in-need-meaning = A plan of help and support for a child and their family. The conference may suggest one when a Child Protection Plan is not needed.
glossary-core-group-name = Core group
glossary-core-group-meaning = A small group who meet after the conference to make the Child Protection Plan happen. You are part of it, with the social worker and a few others who know your child.
glossary-significant-harm-name = Significant harm
glossary-significant-harm-meaning = The words the law uses for serious harm to a child's health or development. The conference thinks about whether a child has been harmed in this way, or might be.
glossary-physical-abuse-name = Physical abuse
glossary-physical-abuse-meaning = When a child is hurt on purpose, or is likely to be, for example by being hit or shaken.
glossary-emotional-abuse-name = Emotional abuse
glossary-emotional-abuse-meaning = When the way a child is treated, again and again, harms how they feel about themselves or how they grow. It can include a child seeing or hearing violence at home.
glossary-sexual-abuse-name = Sexual abuse
glossary-sexual-abuse-meaning = When a child is involved in sexual activity, or shown sexual material, whether or not they understand what is happening.
glossary-neglect-name = Neglect
glossary-neglect-meaning = When a child's basic needs are not met over time: for example food, warmth, a safe home, medical care, or care and attention.
glossary-advocate-name = Advocate
glossary-advocate-meaning = Someone who does not work for the council and is on your side, or your child's side. They help you say what you think and understand what is happening.
glossary-interpreter-name = Interpreter
glossary-interpreter-meaning = A trained person who puts what is said into your language and yours into English, without adding their own views.
glossary-review-conference-name = Review conference
glossary-review-conference-meaning = A later conference that looks at how the Child Protection Plan is going, and decides whether it is still needed.
glossary-strategy-discussion-name = Strategy discussion
glossary-strategy-discussion-meaning = A meeting or call between the social worker, the police, health workers and others, held when there is a worry about a child, to decide what to do next.
glossary-section-47-name = Section 47 enquiry
glossary-section-47-meaning = When the council looks into whether a child is suffering, or likely to suffer, significant harm. It is named after a part of the Children Act 1989. A conference is held if the worries are confirmed.
