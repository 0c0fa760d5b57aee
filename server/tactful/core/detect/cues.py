"""Wordings the weighing in ``classify`` reads beside the lexicon's signals.

The lexicon's phrases each carry a weight and a reason; these patterns instead decide how
the evidence is read: whether one interview is named, whether a stated time is the agreed
one or a first offer, whether an apology moves a booked interview, which part of a message
is only hypothetical.  They run on text already lower-cased and folded to single spaces.
"""

from __future__ import annotations

import re

from tactful.core.detect.runners import LeadingSearch

ABOUT_YOUR_CANDIDACY = re.compile(
    r"your (?:application|interest|candidacy|interview|cv|resume|profile|coursework|background|experience)"
    r"|applying internally|internal (?:application|applicant|candidate|mobility)"
)
# Searched from its first words (LeadingSearch): it runs on every message.  The rest of each
# sentence is read up to 400 characters: unbounded, a long text with no full stop after many
# openings ("if your profile " over and over) would be read to its end from each of them.
HYPOTHETICAL = LeadingSearch(
    r"before (?:any )?(?:interviews?|next steps?) (?:are|is) (?:scheduled|arranged|booked)[^.!?]{0,400}[.!?]|"
    r"(?:candidates|applicants|those) who (?:are successful|pass|progress|are shortlisted) will be invited[^.!?]{0,400}[.!?]|"
    # "After we review it we'll schedule the final interview": the test comes first.
    r"(?:after|once) we(?:'ve| have)? (?:review(?:ed)?|assess(?:ed)?|look(?:ed)? (?:at|over)) (?:it|them|your (?:submission|work|test|"
    r"answers|responses|exercise))[^.!?]{0,400}[.!?]|"
    r"(?:if|should|once|in case) (?:your (?:profile|application|experience|skills|background|qualifications|cv|"
    r"resume)|you(?:'re| are) (?:shortlisted|selected|successful|invited)|we (?:decide to )?(?:move|proceed) forward"
    r"|we(?:'d| would) like to (?:move|proceed|go) forward|successful"
    r"|we(?:'d| would) like to (?:schedule|arrange|set up|invite you to|interview you|speak with you|meet you)"
    r"|you (?:pass|clear|complete (?:it|the test|the assessment)|succeed)"
    r"|(?:a|another) (?:similar )?(?:role|position|opening|vacancy) (?:opens|comes) up"
    r"|the (?:hiring manager|team|recruiter|panel) (?:would like|wants?|decides?) to (?:meet|interview|speak)"
    r"|(?:they|companies|employers|recruiters)(?:'d| would) like to (?:interview|meet|speak with) you)"
    r"[^.!?]{0,400}[.!?]"
    # "Wenn Ihr Profil passt, laden wir Sie ... ein", in German, French, Spanish, Dutch.
    r"|(?:wenn|falls) (?:ihr|dein) profil (?:passt|überzeugt)[^.!?]{0,400}[.!?]"
    r"|si (?:votre|ton) profil (?:correspond|convient|retient)[^.!?]{0,400}[.!?]"
    r"|si (?:tu|su) perfil (?:encaja|se ajusta|es seleccionado)[^.!?]{0,400}[.!?]"
    r"|als (?:je|uw) profiel (?:past|aansluit)[^.!?]{0,400}[.!?]"
    r"|if you change your mind[^.!?]{0,400}[.!?]"
    # "I'll be in touch about whether we'd like to move forward to a final round."
    r"|whether (?:or not )?we(?:'d| would|'ll| will)? (?:like to |want to |decide to )?(?:move|proceed|go) (?:forward|ahead)"
    r"[^.!?]{0,400}[.!?]"
    # "We'll let you know whether we invite you", in Dutch, German and French.
    r"|(?:laten|laat) (?:we|wij|ik) (?:je|u) weten of (?:we|wij) (?:je|u) [^.!?]{0,400}uitnodig[^.!?]{0,400}[.!?]"
    r"|(?:teilen|sagen) (?:wir|ich) (?:ihnen|dir) mit, ob (?:wir|ich) (?:sie|dich) [^.!?]{0,400}einladen[^.!?]{0,400}[.!?]"
    r"|(?:nous vous|je vous) (?:dirons|informerons) si (?:nous|je) vous (?:invitons|convions)[^.!?]{0,400}[.!?]"
)
# A job interview named in the other languages job seekers get mail in (the lexicon's
# INTERVIEW signal reads these as stems; ``ONE_INTERVIEW`` as whole, singular nouns).
INTERVIEW_NOUNS_ELSEWHERE = (
    r"entrevista|entretien|entrevue|colloquio"
    r"|(?:vorstellungs|bewerbungs|kennenlern|erst|zweit|dritt|end)gespr(?:ä|ae)ch|vorstellungstermin(?:s|e|en)?"
    r"|(?:telefon|video|online)interview|sollicitatiegesprek|kennismakingsgesprek|vervolggesprek|eindgesprek"
    r"|videogesprek"
    r"|rozmow[aęy] (?:rekrutacyjn|kwalifikacyjn)\w{1,2}|spotkani\w{0,2} rekrutacyjn\w{1,2}"
    r"|(?:anställnings)?intervju|haastattelu|jobsamtale|jobbintervju|mülakat\w*|mahojiano|pohovor\w{0,2}"
    r"|oral (?:board|exam|examination)"
)
# A last step that is time with someone: "last step is 30 minutes with our COO".
STEP_WITH_SOMEONE = (
    r"\b(?:final|last|next) step is (?:a |an )?(?:\d{1,3}[- ]?min(?:ute)?s?|(?:a )?(?:call|chat|conversation|meeting)) with\b"
)
# One interview of the reader's, not interviews in general ("conduct interviews").  In
# other languages the singular noun for a job interview names one by itself.
ONE_INTERVIEW = re.compile(
    r"\b(?:your|ur|the|an|a|our|this|that)\s+(?:[\w-]{1,20}\s+){0,3}(?:interview|round)\b(?![-\w])"
    r"|\b(?:first|second|third|final|next)[- ](?:round|stage)\b(?![-\w])"
    r"|\b(?:your|the|a|our) (?:virtual |final )?(?:on-?site|superday)\b"
    r"|\b(?:a|the|your|our) (?:quick |short |first )?(?:phone|video|recruiter|technical|tech) screen(?:ing)?\b"
    r"|面接|面談|面试|面試|면접"
    # A subject that names the interview it is about: "Interview for Caregiver position".
    r"|(?:^|^[\w-]+ |[-–|:] )(?:interview|phone screen|video interview|screening call) "
    r"(?:for|with|at|invitation|invite|request)\b"
    r"|^(?:[\w-]+ )?interview (?:-|–) "
    # ... or ends with it: "Graduate Analyst - interview".
    r"|[-–|:] (?:interview|phone screen|video interview)$"
    r"|\binterview (?:invitation|invite|request|confirmation)\b|\bmag-interview\b"
    rf"|{STEP_WITH_SOMEONE}"
    rf"|\b(?:{INTERVIEW_NOUNS_ELSEWHERE})\b"
    r"|\b(?:je|jouw|uw|het|ihr|ihrem|das|dein|deinem) (?:[\w-]+ )?(?:gesprek|gespräch)\b"
)
TEST_REMINDER = re.compile(r"\b(?:assessment|test|challenge)\b[^.!?]{0,80}\b(?:expires?|closes?|is due|deadline)\b")
ASSESSMENT_DONE = re.compile(
    r"\b(?:loved|liked|enjoyed|reviewed|read through|went through|impressed by|passed|passing|cleared|clearing"
    r"|thanks for (?:completing|"
    r"submitting|doing)?|thank you for (?:completing|submitting|doing)?|received) ?(?:your|the) (?:[\w-]{1,20} ){0,2}"
    r"(?:take[- ]home|assessment|test|challenge|exercise|submission)"
    # "Based on your score on the written examination": a test already sat.
    r"|\b(?:based on|following|after) your (?:score|results?|performance) (?:on|in) the\b"
    r"|\b(?:based on|following|after) your (?:[\w-]{1,20} )?(?:exam|examination|test|assessment) (?:score|results?)\b"
)
# The answered mail agreeing to a time: "Thursday at 11 works great for me".
AGREED_IN_QUOTE = re.compile(
    r"\b(?:works?|suits?) (?:great |well |perfectly |best |fine )?(?:for me|me)\b|\bi can (?:do|make)\b"
    r"|\b(?:would|will) be (?:ideal|perfect|great|fine)\b|\bi(?:'ll| will) be there\b|\bsee you (?:then|on)\b"
    r"|\bi(?:'m| am) (?:available|free)\b"
    r"|\bi(?:'d| would) (?:prefer|like) the\b|\b(?:me viene bien|me va bien|me convient|passt mir|mi va bene|past mij"
    r"|fica bom|odpowiada mi|passar mig|passer meg)\b"
)
# Confirming or reminding, in the languages detected: what makes one stated time the agreed
# one.  Not "please confirm" or "bitte bestätigen Sie": asking for a confirmation is inviting.
CONFIRMS_OR_REMINDS = re.compile(
    r"\bconfirmed\b(?! (?:she|he|they)(?:'s| is|'re| are) (?:free|available|around))"
    r"|\bwe (?:are pleased to |'re pleased to |hereby )?confirm\b|\bthis is to confirm\b|\bconfirming\b"
    r"|\bbestätigen wir\b|\bbestätigt\b|\bconfirmad[oa]\b|\bconfirmée?\b|\bbevestigd\b|\bconfermat[oa]\b"
    r"|\brappel|\breminder|\brecordatorio|\brecordamos|\berinner|\blembr|\bpromemoria|\bricord|\bherinner"
    r"|\bprzypomin|\bpotwierdz|\bpåminn|\bsee you\b|\bas agreed|\bas discussed|\bwie besprochen|\bcomme convenu"
    r"|\bcomo combinado|\bconforme combinado|\bcomo acordado|\bfica marcad|\bestá marcad|\bqueda fijad"
    r"|\bqueda(?:n)? (?:agendad|programad|confirmad|reservad)|\bestá (?:agendad|programad)"
    r"|\bconfirmamos\b|\bje vous confirme\b|\bnous vous confirmons\b|\b(?:le|ti|vi) confermo\b|\bconfermiamo\b"
    r"|\b(?:te|le|les) confirmo\b|\btudo certo para\b|\btodo listo para\b|\btout est prêt pour\b"
    r"|\balles klar für\b|\b(?:te|le) (?:paso|envío|mando) el (?:link|enlace)\b|\bdetails for (?:tomorrow|today)\b"
    r"|\bsehen wir uns\b|\bworks for (?:us|me) (?:too|as well)\b|\bworks (?:on|at|from) (?:our|my) (?:side|end)\b"
    r"|\bworks for (?:our|the) (?:supervisor|manager|team|panel|interviewer)\b|\btalk (?:to you )?then\b"
    r"|\bbevestiging\b|\bbekräft|\bbekræft|\bbekreft|確定(?!後|次第)|\bbevestig(?:en)? (?:ik|we|wij)\b"
    r"|\bpåminnelse\b|リマインド|提醒|已确认|확정|\bonaylan\w*|\bpotvrzuj\w*|\bpřipomín\w*|\bhatırlat\w*"
    r"|\btot (?:maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|dan)\b"
    r"|\bbis (?:montag|dienstag|mittwoch|donnerstag|freitag|morgen|dann)\b"
    r"|\bà (?:lundi|mardi|mercredi|jeudi|vendredi|demain)\b"
    r"|^(?:interview )?(?:confirmation|confirmação|confirmación|bestätigung|bevestiging|terminbestätigung)\b"
    r"|\binterview confirmation\b|\btomorrow's interview\b|\binterview tomorrow\b|明日の"
    r"|\bhere(?:'s| is) the (?:zoom |meet |teams |video |call )?link for (?:our|your|the|tomorrow)"
)
APOLOGY = re.compile(
    r"\b(?:sorry|apolog\w+|i'm afraid|unfortunately|regret|perdón|disculp\w+|desculpa|lamentamos|désolée?|leider"
    r"|entschuldig\w+|scus\w+|purtroppo|przepraszam|helaas|tyvärr|desværre|dessverre)\b"
)
# "Sorry Thursday didn't work out - how about Monday?": the reader's answer, no booked time moved.
YOUR_TIME_FAILED = re.compile(
    r"\b(?:didn't|doesn't|does not|did not|won't) (?:work|suit)(?: out| for you)?\b|(?:'s|’s|\bis) no good\b"
)
ANOTHER_TIME = re.compile(
    r"\binstead\b|\bmejor\s*\?|\bsame time\b|\b(?:another|a different|a new) (?:day|time|slot|date)\b|\ben su lugar\b"
    r"|\bem vez\b|\bà la place\b|\bstattdessen\b|\binvece\b|\bzamiast\b|\bin plaats\b|\bistället\b|\bi stedet\b"
    r"|\b(?:mesma hora|misma hora|stessa ora|même heure|gleichen (?:uhr)?zeit|selben (?:uhr)?zeit)\b"
)
# "I've got a first interview with them on Tuesday at 10": the writer's, not the reader's.
WRITERS_OWN_INTERVIEW = re.compile(
    r"\b(?:i(?:'ve| have)(?: got)?|i had|i'm doing) (?:a|an|my|the) (?:[\w-]{1,20} ){0,2}(?:interview|round)\b"
    r"|\bmy (?:[\w-]{1,20} )?(?:interview|round)\b"
)
# A nudge about mail already sent: "just following up on the below", "bumping this up".
FOLLOWS_UP = re.compile(
    r"\b(?:following up on|just following up|follow(?:ing)? up (?:re|regarding|about)|bumping (?:this|it)\b"
    r"|circling back|checking (?:in )?(?:whether|if) you (?:saw|got|received)|did you (?:get|see|receive) my"
    # "Just checking you saw my note below?", "just making sure this reached you".
    r"|(?:just )?checking (?:that )?you (?:saw|got|received|had a chance)|making sure (?:this|my note|it) (?:reached|got to) you)"
)
SENTENCE_END = re.compile(r"[.!]")
# A question mark that ends a sentence, not one inside a link ("zoom.us/j/844?pwd=…").
QUESTION_MARK = re.compile(r"\?(?!\S)")
DIGIT = re.compile(r"\d")
# English greetings to a group ("Hi all,", "Morning team"): mail to many, not to one candidate.
GROUP_GREETINGS = tuple(f"{hello} {group}" for hello in ("hi", "hello", "hey", "dear", "morning", "good morning")
                        for group in ("all", "everyone", "everybody", "team", "folks", "colleagues"))
# A calendar's own invitation mail, as it reads even when its .ics part is not kept.
CALENDAR_INVITATION = re.compile(
    r"\byou have been invited (?:by [^.\n]{1,60} )?to (?:the following event|attend an event)\b"
    r"|\binvitation from google calendar\b|\bbecause you are an attendee (?:on|of) (?:this|the) event\b"
)
AGREED_BEFORE = re.compile(
    r"\bas (?:agreed|discussed|arranged|promised|per our|we (?:discussed|agreed|spoke))"
    r"|\bper our (?:call|conversation|chat)"
    r"|\bfollowing (?:our|your) (?:call|conversation|chat)"
    # The same in the other languages: "como hablamos ayer", "come concordato", "wie besprochen".
    r"|\bcomo (?:hablamos|acordamos|quedamos|conversamos|combinamos|falamos)\b|\bconforme (?:combinado|conversamos)\b"
    r"|\bcome (?:concordato|d'accordo|anticipato|discusso)\b|\bwie (?:besprochen|vereinbart|telefonisch besprochen)\b"
    r"|\bcomme (?:convenu|discuté|évoqué)\b|\bzoals (?:besproken|afgesproken)\b|\bsom (?:aftalt|avtalt|överenskommet)\b"
)
# A screening call is an interview by name, unlike an intro chat.
# The employer writing about its own opening, not an agency about a client's: "we're hiring our
# first designer", "I'm one of the founders".
HIRING_FOR_OURSELVES = re.compile(
    r"\bwe(?:'re| are) hiring (?:our|a|an)\b|\bhiring our (?:first|next|founding)\b"
    r"|\b(?:we(?:'re| are) )?looking for our (?:first|next|founding)\b"
    r"|\bi(?:'m| am) (?:one of )?(?:the |a )?(?:co-?)?founders?\b"
)
SCREENING_CALL = re.compile(r"\b(?:screening|screener) (?:call|chat|interview)\b|\b(?:phone|video|recruiter) screen\b")
INTRO_CALL = re.compile(
    r"\b(?:intro(?:ductory)?|screening|recruiter|initial) (?:call|chat|conversation)\b"
    r"|\b\d{1,3}[- ]?min(?:ute)?s? (?:intro(?:duction|ductory)?|screen(?:ing)?)\b"
)
# "All the interviews" a friend congratulates you on, and any one interview.
INTERVIEWS_IN_GENERAL = re.compile(r"\binterviews\b|\binterviewing\b")
AN_INTERVIEW = re.compile(r"\binterview\b(?!s)")
# Meeting someone, said without the word interview, in any of the languages detected.
MEETING_SOMEONE = re.compile(
    r"\byou(?:'ll| will) (?:meet|be meeting|be speaking|speak|chat|sit down)\b"
    r"|\b(?:wants?|would like|'d like|likes?|loves?|keen) (?:for )?you to (?:meet|speak|chat|talk|sit down)\b"
    r"|\b(?:wants?|would like|'d like|keen) to (?:see|meet) (?:you|u)\b"
    r"|\b(?:wants?|is keen|are keen|is eager) to meet\b"
    r"|\b(?:your|our) (?:meeting|chat|call|conversation|catch-up|loop|visit|session)s?\b"
    r"|\b(?:meet(?:ing)?|chat|call|conversation|session)s? (?:with|w/)\b"
    r"|\brendez-vous\b|\brencontrer(?:ez|ons)?\b|\bsehen wir uns\b|\btreffen\b|\bkennenlernen\b"
    r"|\breuni(?:ón|ão)\b|\bnos vemos\b|\bconocer(?:te|le|la)\b|\bconversa\b|\bconhec(?:ê|e)-?l[oa]\b"
    r"|\bincontro\b|\bci vediamo\b|\bafspraak\b|\bkennismak\w*|\bzien we (?:je|u)\b|\bträffas\b|\bspotkani\w*"
    r"|\bwidzimy się\b|\brozmow\w*|\bvi ses\b|\bvi sees\b|\bà bientôt\b|\bgesprek\b|\bgespräch\b"
    r"|\b(?:einen|kurzen|ersten) (?:kurzen )?(?:call|video-?call|videocall|austausch)\b"
    r"|\b(?:a|an) (?:\d+ ?min(?:ute)?s? |quick |short )?(?:zoom|teams call|video call|google meet)\b"
    # "a quick call", "a 30-minute intro call", "30 min with you", "notre échange".
    r"|\b(?:a|an) (?:(?:\d{1,3}[- ]?min(?:ute)?s?|quick|short|brief|first|intro(?:ductory)?|phone|video)[ -]){0,3}"
    r"(?:call|chat|conversation)\b|\b\d{1,3} ?min(?:ute)?s? with\b|\béchange\b"
    r"|\b(?:tech|technical|informal|intro|introductory) chat\b"
    r"|\b(?:grab|get|meet for|over) (?:a )?(?:coffee|lunch|breakfast)\b"
    r"|\bthe (?:chat|call|conversation|catch-up) (?:re|about|regarding|on)\b"
    # Texted: "Can u chat at 9:15 tmrw? ... Will call your cell."
    r"|\b(?:can|could) (?:you|u) (?:chat|talk|speak|hop on|jump on)\b|\bwill call (?:your|ur) (?:cell|mobile|phone)\b"
    r"|\bcharla\b|\bplática\b|\bplaticar\b|\bconversar\b|\bpapo\b|\bchiacchierata\b|\bcoffee chat\b"
    r"|\b(?:swing|stop|come|pop|drop) (?:by|in|into)\b"
    r"|\b(?:video)?llamada\b|\bchamada\b|\bappel\b|\banruf\b|\btelefonat\b|\bsamtal\b|\btelefonata\b"
    # Come by and talk, as small employers ask in other languages: "¿te pasas el jueves y charlamos?",
    # "podes passar cá amanhã para falarmos?", "passi domani per due chiacchiere?", "kannst du vorbeikommen?".
    r"|\bpas(?:arte|ate|as|ar) por\b|\bte (?:pasas|vienes)\b|\bcharl(?:amos|ar|emos)\b|\bhablamos\b"
    r"|\bpassar (?:cá|aqui|por cá|no|na)\b|\bfalarmos\b|\bconversarmos\b"
    r"|\bpass(?:i|are|a) (?:domani|da (?:noi|me))\b|\bdue (?:chiacchiere|parole)\b"
    r"|\bpasser (?:nous voir|au|à la|demain)\b|\bqu'on (?:discute|échange|en parle)\b"
    r"|\bvorbei(?:kommen|schauen)\b"
    # Swedish: "kan du komma in på fredag kl 14 för en pratstund?", "vi vill gärna träffa dig".
    r"|\bpratstund\b|\bkomma (?:in|förbi)\b|\bträffa dig\b"
)
