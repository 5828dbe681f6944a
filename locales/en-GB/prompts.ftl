# The questions of the parent's journey, one part per screen. Also printed in the PDF.
# Readers: parents and carers. A question is a gentle invitation, never a demand.
# A `.hint` is shown in smaller type under its question, on screen only.

# Above each part's heading. $number is this part, $total how many parts there are.
progress-part = Part { $number } of { $total }

## Part 1

part-strengths-title = What is going well
part-strengths-intro = Every family has things it does well. This is your chance to tell the meeting about them.
prompt-strengths-family = What are the strengths in your family?
    .hint = For example: people who love and help each other, routines that work, things you enjoy together.
prompt-strengths-parenting = What do you do well as a parent or carer?
    .hint = Think about everyday things: meals, school, bedtimes, comforting your child when they are upset.
prompt-strengths-known = What good things do you want the professionals to know about you and your family?

## Part 2

part-worries-title = Worries and difficulties
part-worries-intro = It can be hard to write about worries. Say as much or as little as you want.
prompt-worries-change = What, if anything, needs to change for your child to be safe?
prompt-worries-difficulties = Are you facing any difficulties at the moment?
    .hint = For example: money, housing, health, work, or relationships.

## Part 3

part-support-title = Help and support
part-support-intro = Many families are offered help after a conference, sometimes as part of a Child in Need plan or a Child Protection Plan. You can say what would really help yours.
prompt-support-needed = Does your family need any help or services?
    .hint = For example: help with parenting, health, housing or money, a nursery place, or someone to talk to.
prompt-support-difference = How would that help make a difference for your child?

## Part 4

part-next-steps-title = What should happen next
part-next-steps-intro = At the end of the meeting, the conference decides whether your child needs a Child Protection Plan, and what should happen next. Your ideas count.
prompt-next-steps-after = What do you think should happen after the conference?
prompt-next-steps-better = What could you, or other people, do to make things better?

## Part 5

part-reports-title = The reports
part-reports-intro = Before the meeting you should be sent reports by the people who work with your family. If you have read them, you can say what you think here, and tell the Chair at the meeting.
prompt-reports-agree = What do you agree with in the reports?
prompt-reports-disagree = What do you disagree with?
prompt-reports-wrong = Is anything in the reports wrong?
    .hint = For example a wrong date, name or fact. Say which report it is in, and what is right.

## Part 6

part-scale-title = How safe are things now?
part-scale-intro = Conferences often use a scale from 0 to 10. Choosing a number helps everyone see how you feel things are going.
# Shown above eleven choices, 0 to 10.
scale-question = On a scale of 0 to 10, where 10 means everyone is sure the children are safe, where would you put things now?
scale-low = 0 means very worried
scale-high = 10 means everyone is sure the children are safe
scale-not-sure = I would rather not choose a number
prompt-scale-why = Why did you choose this number?
    .hint = You could also say what would move it one step closer to 10.
