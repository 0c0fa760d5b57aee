"""The same eight kinds of recruiting mail in each language job seekers commonly get it in.

Blind corpora kept finding a language where one kind of mail had no words at all (no
rejection outside English, no confirmation in Swedish), so this table asks every kind in
every language: an invitation with times, one with a booking link, a confirmation, a
reminder, a move by the employer, a rejection that names the interview, a receipt that
only promises an interview if the profile fits, and a cancellation.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tactful.core.detect import detect
from tactful.core.model import Email, Label

SENT = datetime.fromisoformat("2026-09-14T10:05:00+02:00")
INVITE, SCHEDULED, MOVE, NO = Label.INVITE, Label.SCHEDULED, Label.RESCHEDULE_REQUEST, Label.NOT_INVITE

# (language, kind) -> (subject, body, label)
MAILS: dict[tuple[str, str], tuple[str, str, Label]] = {
    ("es", "times"): ("Entrevista - Analista de Datos",
                      "Hola Lucía:\n\nGracias por tu candidatura. Nos gustaría conocerte en una entrevista por "
                      "videollamada. ¿Te viene bien el martes 22 de septiembre a las 10:00 o el jueves 24 a las "
                      "16:30?\n\nUn saludo,\nMarta", INVITE),
    ("es", "link"): ("Agenda tu entrevista",
                     "Hola Lucía:\n\nHas pasado a la siguiente fase. Elige el horario que mejor te convenga para la "
                     "entrevista en este enlace: https://calendly.com/marta-rrhh/entrevista\n\nMarta", INVITE),
    ("es", "confirmed"): ("Confirmación de entrevista",
                          "Hola Lucía:\n\nTe confirmo la entrevista el martes 22 de septiembre a las 10:00 en nuestra "
                          "oficina de Valencia. Pregunta por mí en recepción.\n\nMarta", SCHEDULED),
    ("es", "reminder"): ("Recordatorio: entrevista mañana",
                         "Hola Lucía:\n\nTe recordamos que mañana a las 10:00 tienes la entrevista con el equipo de "
                         "datos. El enlace de Teams está en la invitación.\n\nMarta", SCHEDULED),
    ("es", "move"): ("Cambio de hora de tu entrevista",
                     "Hola Lucía:\n\nLo siento, el jefe del equipo no podrá estar el martes. ¿Podríamos mover la "
                     "entrevista al miércoles 23 a las 12:00?\n\nMarta", MOVE),
    ("es", "rejection"): ("Tu candidatura",
                          "Hola Lucía:\n\nGracias por la entrevista de la semana pasada. Tras valorarlo, hemos "
                          "decidido continuar con otros candidatos cuyo perfil se ajusta más al puesto.\n\nMarta", NO),
    ("es", "receipt"): ("Hemos recibido tu candidatura",
                        "Hola Lucía:\n\nHemos recibido tu candidatura para Analista de Datos. Si tu perfil encaja, "
                        "te invitaremos a una entrevista en las próximas semanas.\n\nEquipo de Talento", NO),
    ("es", "cancelled"): ("Entrevista cancelada",
                          "Hola Lucía:\n\nTe escribo para avisarte de que hemos cerrado el proceso y la entrevista "
                          "del martes queda cancelada. Disculpa las molestias.\n\nMarta", NO),

    ("pt", "times"): ("Entrevista - Analista de Dados",
                      "Olá Beatriz,\n\nObrigada pela sua candidatura. Gostaríamos de te convidar para uma entrevista "
                      "online. Você teria disponibilidade na terça, 22/09, às 10h, ou na quinta, 24/09, às 15h?\n\n"
                      "Abraços,\nCamila", INVITE),
    ("pt", "link"): ("Agende sua entrevista",
                     "Olá Beatriz,\n\nVocê avançou para a próxima etapa! Escolha um horário para a entrevista pelo "
                     "link: https://calendly.com/camila-rh/entrevista\n\nCamila", INVITE),
    ("pt", "confirmed"): ("Entrevista confirmada",
                          "Olá Beatriz,\n\nSua entrevista está confirmada para terça, 22/09, às 10h, no nosso "
                          "escritório da Avenida Paulista.\n\nCamila", SCHEDULED),
    ("pt", "reminder"): ("Lembrete: entrevista amanhã",
                         "Olá Beatriz,\n\nLembramos que sua entrevista é amanhã às 10h. O link do Google Meet está no "
                         "convite.\n\nCamila", SCHEDULED),
    ("pt", "move"): ("Nova data para a entrevista",
                     "Olá Beatriz,\n\nInfelizmente a gestora teve um imprevisto. Podemos remarcar a sua entrevista "
                     "para quarta, 23/09, às 14h?\n\nCamila", MOVE),
    ("pt", "rejection"): ("Retorno sobre o processo seletivo",
                          "Olá Beatriz,\n\nAgradecemos a entrevista. Após análise, decidimos seguir com outros "
                          "candidatos nesta vaga.\n\nCamila", NO),
    ("pt", "receipt"): ("Recebemos sua candidatura",
                        "Olá Beatriz,\n\nRecebemos sua candidatura. Caso seu perfil seja selecionado, entraremos em "
                        "contato para agendar uma entrevista.\n\nEquipe de Recrutamento", NO),
    ("pt", "cancelled"): ("Entrevista cancelada",
                          "Olá Beatriz,\n\nA vaga foi congelada e por isso a entrevista de terça foi cancelada. "
                          "Pedimos desculpas.\n\nCamila", NO),

    ("fr", "times"): ("Entretien - Chargée de projet",
                      "Bonjour Claire,\n\nVotre candidature a retenu notre attention. Seriez-vous disponible pour un "
                      "entretien mardi 22 septembre à 10h ou jeudi 24 septembre à 14h30 ?\n\nBien cordialement,\n"
                      "Julien", INVITE),
    ("fr", "link"): ("Planifiez votre entretien",
                     "Bonjour Claire,\n\nNous souhaitons échanger avec vous. Réservez un créneau pour l'entretien "
                     "via ce lien : https://calendly.com/julien-rh/entretien\n\nJulien", INVITE),
    ("fr", "confirmed"): ("Confirmation de votre entretien",
                          "Bonjour Claire,\n\nJe vous confirme votre entretien le mardi 22 septembre à 10h dans nos "
                          "locaux de Lyon.\n\nJulien", SCHEDULED),
    ("fr", "reminder"): ("Rappel : entretien demain",
                         "Bonjour Claire,\n\nNous vous rappelons votre entretien demain à 10h. Le lien Teams figure "
                         "dans l'invitation.\n\nJulien", SCHEDULED),
    ("fr", "move"): ("Report de votre entretien",
                     "Bonjour Claire,\n\nLa directrice a un empêchement mardi. Pourrions-nous décaler l'entretien au "
                     "mercredi 23 septembre à 11h ?\n\nJulien", MOVE),
    ("fr", "rejection"): ("Votre candidature",
                          "Bonjour Claire,\n\nMerci pour l'entretien. Nous avons le regret de vous informer que votre "
                          "candidature n'a pas été retenue.\n\nJulien", NO),
    ("fr", "receipt"): ("Accusé de réception",
                        "Bonjour Claire,\n\nNous avons bien reçu votre candidature. Si votre profil correspond, nous "
                        "vous contacterons pour un entretien.\n\nL'équipe RH", NO),
    ("fr", "cancelled"): ("Annulation de l'entretien",
                          "Bonjour Claire,\n\nLe poste a été pourvu en interne ; nous devons donc annuler "
                          "l'entretien de mardi. Toutes nos excuses.\n\nJulien", NO),

    ("de", "times"): ("Einladung zum Vorstellungsgespräch",
                      "Hallo Frau Berger,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem "
                      "Vorstellungsgespräch einladen. Passt Ihnen Dienstag, 22.09., um 10:00 Uhr oder Donnerstag, "
                      "24.09., um 15:00 Uhr?\n\nViele Grüße\nJonas Keller", INVITE),
    ("de", "link"): ("Terminbuchung Vorstellungsgespräch",
                     "Hallo Frau Berger,\n\nbitte wählen Sie über den folgenden Link einen passenden Termin für das "
                     "Gespräch: https://calendly.com/jonas-hr/gespraech\n\nJonas Keller", INVITE),
    ("de", "confirmed"): ("Terminbestätigung",
                          "Hallo Frau Berger,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch am Dienstag, 22.09., "
                          "um 10:00 Uhr in unserem Büro in Köln.\n\nJonas Keller", SCHEDULED),
    ("de", "reminder"): ("Erinnerung: Ihr Gespräch morgen",
                         "Hallo Frau Berger,\n\nwir erinnern Sie an Ihr Gespräch morgen um 10:00 Uhr. Den Teams-Link "
                         "finden Sie in der Einladung.\n\nJonas Keller", SCHEDULED),
    ("de", "move"): ("Verschiebung Ihres Termins",
                     "Hallo Frau Berger,\n\nleider ist die Teamleiterin am Dienstag verhindert. Können wir das "
                     "Gespräch auf Mittwoch, 23.09., 11:00 Uhr verschieben?\n\nJonas Keller", MOVE),
    ("de", "rejection"): ("Ihre Bewerbung",
                          "Hallo Frau Berger,\n\nvielen Dank für das Gespräch. Nach sorgfältiger Prüfung müssen wir "
                          "Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.\n\n"
                          "Jonas Keller", NO),
    ("de", "receipt"): ("Eingangsbestätigung Ihrer Bewerbung",
                        "Hallo Frau Berger,\n\nwir haben Ihre Bewerbung erhalten. Wenn Ihr Profil passt, laden wir "
                        "Sie zu einem Gespräch ein.\n\nIhr HR-Team", NO),
    ("de", "cancelled"): ("Absage des Termins",
                          "Hallo Frau Berger,\n\ndie Stelle wurde intern besetzt, daher müssen wir das Gespräch am "
                          "Dienstag absagen. Wir bitten um Entschuldigung.\n\nJonas Keller", NO),

    ("it", "times"): ("Colloquio - Analista",
                      "Buongiorno Giulia,\n\ngrazie per la candidatura. Vorremmo invitarla a un colloquio conoscitivo. "
                      "Sarebbe disponibile martedì 22 settembre alle 10:00 oppure giovedì 24 alle 15:00?\n\n"
                      "Cordiali saluti,\nMarco", INVITE),
    ("it", "link"): ("Prenota il tuo colloquio",
                     "Ciao Giulia,\n\nsei passata alla fase successiva! Prenota un orario per il colloquio da questo "
                     "link: https://calendly.com/marco-hr/colloquio\n\nMarco", INVITE),
    ("it", "confirmed"): ("Conferma colloquio",
                          "Buongiorno Giulia,\n\nle confermo il colloquio martedì 22 settembre alle 10:00 presso la "
                          "nostra sede di Milano.\n\nMarco", SCHEDULED),
    ("it", "reminder"): ("Promemoria colloquio",
                         "Buongiorno Giulia,\n\nle ricordiamo il colloquio di domani alle 10:00. Trova il link di Teams "
                         "nell'invito.\n\nMarco", SCHEDULED),
    ("it", "move"): ("Spostamento colloquio",
                     "Buongiorno Giulia,\n\nil responsabile ha avuto un imprevisto. Possiamo spostare il colloquio a "
                     "mercoledì 23 settembre alle 11:00?\n\nMarco", MOVE),
    ("it", "rejection"): ("Esito della selezione",
                          "Buongiorno Giulia,\n\nla ringraziamo per il colloquio. Abbiamo deciso di proseguire con "
                          "altri candidati il cui profilo è più in linea con la posizione.\n\nMarco", NO),
    ("it", "receipt"): ("Candidatura ricevuta",
                        "Buongiorno Giulia,\n\nabbiamo ricevuto la sua candidatura. Qualora il suo profilo fosse in "
                        "linea, la contatteremo per un colloquio.\n\nUfficio Risorse Umane", NO),
    ("it", "cancelled"): ("Colloquio annullato",
                          "Buongiorno Giulia,\n\nla posizione è stata sospesa, quindi il colloquio di martedì è "
                          "annullato. Ci scusiamo per il disagio.\n\nMarco", NO),

    ("nl", "times"): ("Uitnodiging sollicitatiegesprek",
                      "Hoi Sanne,\n\nBedankt voor je sollicitatie. We nodigen je graag uit voor een gesprek. Komt "
                      "dinsdag 22 september om 10:00 of donderdag 24 september om 15:00 je uit?\n\nGroet,\nPieter",
                      INVITE),
    ("nl", "link"): ("Plan je gesprek",
                     "Hoi Sanne,\n\nJe bent door naar de volgende ronde. Kies zelf een tijdstip voor het gesprek via "
                     "deze link: https://calendly.com/pieter-hr/gesprek\n\nPieter", INVITE),
    ("nl", "confirmed"): ("Bevestiging gesprek",
                          "Hoi Sanne,\n\nHierbij bevestig ik je gesprek op dinsdag 22 september om 10:00 op ons "
                          "kantoor in Utrecht.\n\nPieter", SCHEDULED),
    ("nl", "reminder"): ("Herinnering: gesprek morgen",
                         "Hoi Sanne,\n\nEen herinnering aan je gesprek morgen om 10:00. De Teams-link staat in de "
                         "uitnodiging.\n\nPieter", SCHEDULED),
    ("nl", "move"): ("Gesprek verplaatsen",
                     "Hoi Sanne,\n\nDe teamleider kan dinsdag helaas niet. Kunnen we het gesprek verplaatsen naar "
                     "woensdag 23 september om 11:00?\n\nPieter", MOVE),
    ("nl", "rejection"): ("Je sollicitatie",
                          "Hoi Sanne,\n\nBedankt voor het gesprek. We hebben besloten om verder te gaan met een andere "
                          "kandidaat.\n\nPieter", NO),
    ("nl", "receipt"): ("Ontvangstbevestiging",
                        "Hoi Sanne,\n\nWe hebben je sollicitatie ontvangen. Als je profiel aansluit, nodigen we je "
                        "uit voor een gesprek.\n\nTeam Recruitment", NO),
    ("nl", "cancelled"): ("Gesprek geannuleerd",
                          "Hoi Sanne,\n\nDe vacature is ingetrokken, dus het gesprek van dinsdag is geannuleerd. "
                          "Excuses voor het ongemak.\n\nPieter", NO),

    ("sv", "times"): ("Intervju - Controller",
                      "Hej Elin,\n\nTack för din ansökan! Vi vill gärna träffa dig för en intervju. Passar tisdag "
                      "22 september kl. 10.00 eller torsdag 24 september kl. 15.00?\n\nHälsningar\nAnders", INVITE),
    ("sv", "link"): ("Boka din intervju",
                     "Hej Elin,\n\nDu har gått vidare i processen. Välj en tid för intervjun via länken: "
                     "https://calendly.com/anders-hr/intervju\n\nAnders", INVITE),
    ("sv", "confirmed"): ("Bekräftelse på intervju",
                          "Hej Elin,\n\nHärmed bekräftar jag din intervju tisdag 22 september kl. 10.00 på vårt kontor "
                          "i Malmö.\n\nAnders", SCHEDULED),
    ("sv", "reminder"): ("Påminnelse: intervju i morgon",
                         "Hej Elin,\n\nEn påminnelse om din intervju i morgon kl. 10.00. Teams-länken finns i "
                         "inbjudan.\n\nAnders", SCHEDULED),
    ("sv", "move"): ("Ny tid för intervjun",
                     "Hej Elin,\n\nTyvärr kan chefen inte på tisdag. Kan vi flytta intervjun till onsdag 23 september "
                     "kl. 11.00?\n\nAnders", MOVE),
    ("sv", "rejection"): ("Din ansökan",
                          "Hej Elin,\n\nTack för intervjun. Vi har valt att gå vidare med en annan kandidat.\n\n"
                          "Anders", NO),
    ("sv", "receipt"): ("Tack för din ansökan",
                        "Hej Elin,\n\nVi har tagit emot din ansökan. Om din profil matchar kontaktar vi dig för en "
                        "intervju.\n\nRekryteringsteamet", NO),
    ("sv", "cancelled"): ("Intervjun är inställd",
                          "Hej Elin,\n\nTjänsten har dragits tillbaka, så intervjun på tisdag är inställd. Vi ber om "
                          "ursäkt.\n\nAnders", NO),

    ("pl", "times"): ("Zaproszenie na rozmowę rekrutacyjną",
                      "Dzień dobry Pani Anno,\n\ndziękujemy za aplikację. Zapraszamy na rozmowę rekrutacyjną. Czy "
                      "pasuje Pani wtorek 22 września o 10:00 lub czwartek 24 września o 15:00?\n\nPozdrawiam\n"
                      "Tomasz", INVITE),
    ("pl", "link"): ("Umów rozmowę",
                     "Dzień dobry Pani Anno,\n\nzapraszamy do kolejnego etapu. Proszę wybrać termin rozmowy przez "
                     "link: https://calendly.com/tomasz-hr/rozmowa\n\nTomasz", INVITE),
    ("pl", "confirmed"): ("Potwierdzenie rozmowy",
                          "Dzień dobry Pani Anno,\n\npotwierdzam rozmowę rekrutacyjną we wtorek 22 września o 10:00 w "
                          "naszym biurze w Krakowie.\n\nTomasz", SCHEDULED),
    ("pl", "reminder"): ("Przypomnienie o rozmowie",
                         "Dzień dobry Pani Anno,\n\nprzypominamy o jutrzejszej rozmowie o 10:00. Link do Teams jest w "
                         "zaproszeniu.\n\nTomasz", SCHEDULED),
    ("pl", "move"): ("Zmiana terminu rozmowy",
                     "Dzień dobry Pani Anno,\n\nniestety kierowniczka nie może we wtorek. Czy możemy przełożyć rozmowę "
                     "na środę 23 września o 11:00?\n\nTomasz", MOVE),
    ("pl", "rejection"): ("Informacja o rekrutacji",
                          "Dzień dobry Pani Anno,\n\ndziękujemy za rozmowę. Zdecydowaliśmy się kontynuować proces z "
                          "innym kandydatem.\n\nTomasz", NO),
    ("pl", "receipt"): ("Otrzymaliśmy Twoją aplikację",
                        "Dzień dobry,\n\notrzymaliśmy Pani aplikację. Jeśli Pani profil będzie odpowiadał wymaganiom, "
                        "skontaktujemy się, aby umówić rozmowę.\n\nZespół Rekrutacji", NO),
    ("pl", "cancelled"): ("Odwołanie rozmowy",
                          "Dzień dobry Pani Anno,\n\nrekrutacja została wstrzymana, dlatego rozmowa we wtorek jest "
                          "odwołana. Przepraszamy.\n\nTomasz", NO),

    ("ja", "times"): ("一次面接のご案内",
                      "山本 様\n\nこの度はご応募いただきありがとうございます。一次面接を下記日程でお願いできればと存じます。"
                      "ご都合のよい日時をお知らせください。\n・9月22日（火）10:00～11:00\n・9月24日（木）15:00～16:00\n\n"
                      "人事部 佐々木", INVITE),
    ("ja", "link"): ("面接日程のご予約",
                     "山本 様\n\n書類選考を通過されました。以下のリンクから面接のご予約をお願いいたします。\n"
                     "https://calendly.com/sasaki-hr/mensetsu\n\n人事部 佐々木", INVITE),
    ("ja", "confirmed"): ("面接日程確定のお知らせ",
                          "山本 様\n\n二次面接の日時が確定いたしました。\n日時：9月22日（火）10:00～11:00\n場所：本社3階\n\n"
                          "人事部 佐々木", SCHEDULED),
    ("ja", "reminder"): ("明日の面接について",
                         "山本 様\n\n明日10:00からの面接のリマインドです。当日は受付でお名前をお伝えください。\n\n人事部 佐々木",
                         SCHEDULED),
    ("ja", "move"): ("面接日程変更のお願い",
                     "山本 様\n\n誠に申し訳ございませんが、面接官の都合により日程の変更をお願いできますでしょうか。"
                     "9月23日（水）11:00はいかがでしょうか。\n\n人事部 佐々木", MOVE),
    ("ja", "rejection"): ("選考結果のご連絡",
                          "山本 様\n\n先日は面接にお越しいただきありがとうございました。慎重に検討いたしました結果、"
                          "誠に残念ながら今回は採用を見送らせていただくこととなりました。\n\n人事部 佐々木", NO),
    ("ja", "receipt"): ("ご応募ありがとうございます",
                        "山本 様\n\nご応募を受け付けました。書類選考の結果、面接にお進みいただく場合はご連絡いたします。"
                        "\n\n人事部", NO),
    ("ja", "cancelled"): ("面接中止のご連絡",
                          "山本 様\n\n募集を終了したため、22日の面接は中止とさせていただきます。大変申し訳ございません。"
                          "\n\n人事部 佐々木", NO),

    ("zh", "times"): ("面试邀请 - 数据分析师",
                      "王女士您好：\n\n感谢您投递简历。我们诚邀您参加面试，请问9月22日（周二）上午10:00或9月24日（周四）"
                      "下午3:00是否方便？\n\n人力资源部 李明", INVITE),
    ("zh", "link"): ("请预约面试时间",
                     "王女士您好：\n\n您已通过简历筛选，请通过以下链接选择面试时间：https://calendly.com/liming-hr/interview"
                     "\n\n人力资源部 李明", INVITE),
    ("zh", "confirmed"): ("面试确认",
                          "王女士您好：\n\n您的面试已确认：9月22日（周二）上午10:00，地点为上海办公室12楼。\n\n人力资源部 李明",
                          SCHEDULED),
    ("zh", "reminder"): ("面试提醒",
                         "王女士您好：\n\n提醒您明天上午10:00参加面试，请提前十分钟到达前台。\n\n人力资源部 李明", SCHEDULED),
    ("zh", "move"): ("面试时间调整",
                     "王女士您好：\n\n非常抱歉，面试官临时有事，需要调整面试时间。改到9月23日（周三）上午11:00可以吗？\n\n"
                     "人力资源部 李明", MOVE),
    ("zh", "rejection"): ("面试结果通知",
                          "王女士您好：\n\n感谢您参加面试。经过慎重考虑，很遗憾您暂未通过本次面试，我们会将您的简历保留在人才库中。"
                          "\n\n人力资源部 李明", NO),
    ("zh", "receipt"): ("简历已收到",
                        "王女士您好：\n\n我们已收到您的简历。如您的背景符合要求，我们会与您联系安排面试。\n\n人力资源部", NO),
    ("zh", "cancelled"): ("面试取消通知",
                          "王女士您好：\n\n由于该职位已暂停招聘，原定9月22日的面试取消，给您带来不便，敬请谅解。\n\n人力资源部 李明",
                          NO),

    ("da", "times"): ("Invitation til jobsamtale",
                      "Hej Mette,\n\nTak for din ansøgning. Vi vil gerne invitere dig til en jobsamtale. Passer "
                      "tirsdag den 22. september kl. 10.00 eller torsdag den 24. september kl. 14.00?\n\nVenlig hilsen"
                      "\nRasmus", INVITE),
    ("da", "link"): ("Book din samtale",
                     "Hej Mette,\n\nDu er gået videre til næste runde. Vælg et tidspunkt til samtalen via linket: "
                     "https://calendly.com/rasmus-hr/samtale\n\nRasmus", INVITE),
    ("da", "confirmed"): ("Bekræftelse af jobsamtale",
                          "Hej Mette,\n\nHermed bekræfter jeg din jobsamtale tirsdag den 22. september kl. 10.00 på "
                          "vores kontor i Aarhus.\n\nRasmus", SCHEDULED),
    ("da", "reminder"): ("Påmindelse om samtale i morgen",
                         "Hej Mette,\n\nEn påmindelse om din jobsamtale i morgen kl. 10.00. Teams-linket står i "
                         "invitationen.\n\nRasmus", SCHEDULED),
    ("da", "move"): ("Ny tid til samtalen",
                     "Hej Mette,\n\nDesværre er lederen forhindret tirsdag. Kan vi flytte jobsamtalen til onsdag den "
                     "23. september kl. 11.00?\n\nRasmus", MOVE),
    ("da", "rejection"): ("Din ansøgning",
                          "Hej Mette,\n\nTak for samtalen. Vi har valgt at gå videre med en anden kandidat.\n\n"
                          "Rasmus", NO),
    ("da", "receipt"): ("Tak for din ansøgning",
                        "Hej Mette,\n\nVi har modtaget din ansøgning. Hvis din profil matcher, kontakter vi dig for en "
                        "jobsamtale.\n\nRekrutteringsteamet", NO),
    ("da", "cancelled"): ("Samtalen er aflyst",
                          "Hej Mette,\n\nStillingen er blevet trukket tilbage, så jobsamtalen tirsdag er aflyst. Vi "
                          "beklager.\n\nRasmus", NO),

    ("no", "times"): ("Invitasjon til intervju",
                      "Hei Ingrid,\n\nTakk for søknaden din. Vi vil gjerne invitere deg til et intervju. Passer "
                      "tirsdag 22. september kl. 10.00 eller torsdag 24. september kl. 14.00?\n\nMed vennlig hilsen\n"
                      "Lars", INVITE),
    ("no", "link"): ("Book intervjuet ditt",
                     "Hei Ingrid,\n\nDu er videre i prosessen. Velg et tidspunkt for intervjuet via lenken: "
                     "https://calendly.com/lars-hr/intervju\n\nLars", INVITE),
    ("no", "confirmed"): ("Bekreftelse på intervju",
                          "Hei Ingrid,\n\nHerved bekrefter jeg intervjuet ditt tirsdag 22. september kl. 10.00 på "
                          "kontoret vårt i Bergen.\n\nLars", SCHEDULED),
    ("no", "reminder"): ("Påminnelse: intervju i morgen",
                         "Hei Ingrid,\n\nEn påminnelse om intervjuet ditt i morgen kl. 10.00. Teams-lenken står i "
                         "invitasjonen.\n\nLars", SCHEDULED),
    ("no", "move"): ("Nytt tidspunkt for intervjuet",
                     "Hei Ingrid,\n\nDessverre kan lederen ikke på tirsdag. Kan vi flytte intervjuet til onsdag 23. "
                     "september kl. 11.00?\n\nLars", MOVE),
    ("no", "rejection"): ("Søknaden din",
                          "Hei Ingrid,\n\nTakk for intervjuet. Vi har valgt å gå videre med en annen kandidat.\n\n"
                          "Lars", NO),
    ("no", "receipt"): ("Takk for søknaden",
                        "Hei Ingrid,\n\nVi har mottatt søknaden din. Hvis profilen din passer, tar vi kontakt for et "
                        "intervju.\n\nRekrutteringsteamet", NO),
    ("no", "cancelled"): ("Intervjuet er avlyst",
                          "Hei Ingrid,\n\nStillingen er trukket tilbake, så intervjuet på tirsdag er avlyst. Vi "
                          "beklager.\n\nLars", NO),

    ("tr", "times"): ("Mülakat daveti - Veri Analisti",
                      "Merhaba Elif Hanım,\n\nBaşvurunuz için teşekkür ederiz. Sizi mülakata davet etmek isteriz. 22 "
                      "Eylül Salı saat 10:00 veya 24 Eylül Perşembe saat 14:00 sizin için uygun mu?\n\nSaygılarımızla"
                      "\nMehmet", INVITE),
    ("tr", "link"): ("Mülakat randevunuzu oluşturun",
                     "Merhaba Elif Hanım,\n\nBir sonraki aşamaya geçtiniz. Mülakat için uygun bir saati bu bağlantıdan "
                     "seçebilirsiniz: https://calendly.com/mehmet-ik/mulakat\n\nMehmet", INVITE),
    ("tr", "confirmed"): ("Mülakat onayı",
                          "Merhaba Elif Hanım,\n\nMülakatınız 22 Eylül Salı saat 10:00 için onaylanmıştır. Adres: "
                          "Levent ofisimiz, 5. kat.\n\nMehmet", SCHEDULED),
    ("tr", "reminder"): ("Hatırlatma: yarınki mülakat",
                         "Merhaba Elif Hanım,\n\nYarın saat 10:00'daki mülakatınızı hatırlatmak isteriz. Teams "
                         "bağlantısı davetiyede yer alıyor.\n\nMehmet", SCHEDULED),
    ("tr", "move"): ("Mülakat saatinde değişiklik",
                     "Merhaba Elif Hanım,\n\nMaalesef yöneticimizin Salı günü acil bir işi çıktı. Mülakatı 23 Eylül "
                     "Çarşamba saat 11:00'e alabilir miyiz?\n\nMehmet", MOVE),
    ("tr", "rejection"): ("Başvurunuz hakkında",
                          "Merhaba Elif Hanım,\n\nMülakat için teşekkür ederiz. Değerlendirmelerimiz sonucunda "
                          "başka bir adayla ilerlemeye karar verdik.\n\nMehmet", NO),
    ("tr", "receipt"): ("Başvurunuz alındı",
                        "Merhaba,\n\nBaşvurunuzu aldık. Profiliniz uygun görülürse mülakat için sizinle iletişime "
                        "geçeceğiz.\n\nİnsan Kaynakları", NO),
    ("tr", "cancelled"): ("Mülakat iptali",
                          "Merhaba Elif Hanım,\n\nPozisyon askıya alındığı için Salı günkü mülakat iptal edilmiştir. "
                          "Anlayışınız için teşekkür ederiz.\n\nMehmet", NO),

    ("cs", "times"): ("Pozvánka na pohovor",
                      "Dobrý den, paní Nováková,\n\nděkujeme za Váš zájem o pozici analytičky. Rádi bychom Vás pozvali "
                      "na pohovor. Vyhovuje Vám úterý 22. září v 10:00, nebo čtvrtek 24. září ve 14:00?\n\n"
                      "S pozdravem\nPetr", INVITE),
    ("cs", "link"): ("Rezervace termínu pohovoru",
                     "Dobrý den, paní Nováková,\n\npostoupila jste do dalšího kola. Vyberte si prosím termín pohovoru "
                     "přes odkaz: https://calendly.com/petr-hr/pohovor\n\nPetr", INVITE),
    ("cs", "confirmed"): ("Potvrzení pohovoru",
                          "Dobrý den, paní Nováková,\n\npotvrzuji Váš pohovor v úterý 22. září v 10:00 v naší "
                          "kanceláři v Brně.\n\nPetr", SCHEDULED),
    ("cs", "reminder"): ("Připomenutí pohovoru",
                         "Dobrý den, paní Nováková,\n\npřipomínáme zítřejší pohovor v 10:00. Odkaz na Teams najdete "
                         "v pozvánce.\n\nPetr", SCHEDULED),
    ("cs", "move"): ("Změna termínu pohovoru",
                     "Dobrý den, paní Nováková,\n\nbohužel vedoucí v úterý nemůže. Mohli bychom pohovor přesunout na "
                     "středu 23. září v 11:00?\n\nPetr", MOVE),
    ("cs", "rejection"): ("Výsledek výběrového řízení",
                          "Dobrý den, paní Nováková,\n\nděkujeme za pohovor. Rozhodli jsme se pokračovat s jiným "
                          "kandidátem.\n\nPetr", NO),
    ("cs", "receipt"): ("Potvrzení přijetí životopisu",
                        "Dobrý den,\n\nobdrželi jsme Váš životopis. Pokud bude Váš profil odpovídat, ozveme se Vám "
                        "kvůli pohovoru.\n\nHR tým", NO),
    ("cs", "cancelled"): ("Zrušení pohovoru",
                          "Dobrý den, paní Nováková,\n\npozice byla pozastavena, a proto je úterní pohovor zrušen. "
                          "Omlouváme se.\n\nPetr", NO),

    ("ko", "times"): ("[코벨] 1차 면접 일정 안내",
                      "김지원 님, 안녕하세요.\n\n지원해 주셔서 감사합니다. 1차 면접을 진행하고자 합니다. 9월 22일(화) "
                      "오전 10시 또는 9월 24일(목) 오후 3시 중 가능한 시간을 알려 주세요.\n\n인사팀 박서준", INVITE),
    ("ko", "link"): ("[코벨] 면접 일정 예약",
                     "김지원 님, 안녕하세요.\n\n서류 전형에 합격하셨습니다. 아래 링크에서 면접 시간을 선택해 주세요.\n"
                     "https://calendly.com/park-hr/interview\n\n인사팀 박서준", INVITE),
    ("ko", "confirmed"): ("[코벨] 면접 일정 확정",
                          "김지원 님, 안녕하세요.\n\n면접 일정이 9월 22일(화) 오전 10시로 확정되었습니다. 장소: 본사 "
                          "7층 회의실\n\n인사팀 박서준", SCHEDULED),
    ("ko", "reminder"): ("[코벨] 내일 면접 안내",
                         "김지원 님, 안녕하세요.\n\n내일 오전 10시 면접을 잊지 않으시도록 다시 안내드립니다.\n\n"
                         "인사팀 박서준", SCHEDULED),
    ("ko", "move"): ("[코벨] 면접 일정 변경 요청",
                     "김지원 님, 안녕하세요.\n\n면접관 사정으로 면접 일정을 변경해야 할 것 같습니다. 9월 23일(수) "
                     "오전 11시는 가능하실까요?\n\n인사팀 박서준", MOVE),
    ("ko", "rejection"): ("[코벨] 전형 결과 안내",
                          "김지원 님, 안녕하세요.\n\n면접에 참석해 주셔서 감사합니다. 아쉽게도 이번에는 함께하지 못하게 "
                          "되었습니다.\n\n인사팀 박서준", NO),
    ("ko", "receipt"): ("[코벨] 지원 접수 완료",
                        "김지원 님, 안녕하세요.\n\n지원서가 정상적으로 접수되었습니다. 서류 전형 합격 시 면접 일정을 "
                        "별도로 안내드리겠습니다.\n\n인사팀", NO),
    ("ko", "cancelled"): ("[코벨] 면접 취소 안내",
                          "김지원 님, 안녕하세요.\n\n채용이 보류되어 22일 면접이 취소되었습니다. 불편을 드려 "
                          "죄송합니다.\n\n인사팀 박서준", NO),

    ("hi-en", "times"): ("Interview call - Accounts Executive",
                         "Hi Priya,\n\nAapka profile Accounts Executive ke liye shortlist hua hai. Interview Tuesday "
                         "22 Sept ko 11 AM ya Thursday 24 Sept ko 3 PM rakh sakte hain - aapko kaunsa time suit karega?"
                         "\n\nRegards\nRahul", INVITE),
    ("hi-en", "link"): ("Interview slot book karein",
                        "Hi Priya,\n\nAap next round mein pahunch gayi hain. Neeche diye link se apna interview slot "
                        "book kar lijiye: https://calendly.com/rahul-hr/interview\n\nRahul", INVITE),
    ("hi-en", "confirmed"): ("Interview confirmed",
                             "Hi Priya,\n\nAapka interview Tuesday 22 Sept ko 11 AM ke liye confirm ho gaya hai. "
                             "Venue: 4th floor, Sector 62 office, Noida.\n\nRahul", SCHEDULED),
    ("hi-en", "reminder"): ("Reminder: kal ka interview",
                            "Hi Priya,\n\nBas yaad dila raha hoon ki kal 11 baje aapka interview hai. Time pe "
                            "pahunch jaana.\n\nRahul", SCHEDULED),
    ("hi-en", "move"): ("Interview reschedule",
                        "Hi Priya,\n\nSorry, manager Tuesday ko available nahi hain. Kya hum interview Wednesday 23 "
                        "Sept 12 baje shift kar sakte hain?\n\nRahul", MOVE),
    ("hi-en", "rejection"): ("Interview result",
                             "Hi Priya,\n\nInterview ke liye thank you. Is baar hum aapki profile ke saath aage nahi "
                             "badh paayenge.\n\nRahul", NO),
    ("hi-en", "receipt"): ("Application received",
                           "Hi Priya,\n\nAapki application mil gayi hai. Agar profile match hua to hum interview ke "
                           "liye call karenge.\n\nHR Team", NO),
    ("hi-en", "cancelled"): ("Interview cancelled",
                             "Hi Priya,\n\nPosition abhi hold pe hai, isliye Tuesday ka interview cancel ho gaya hai. "
                             "Sorry for the inconvenience.\n\nRahul", NO),
}


def mail(subject: str, body: str) -> Email:
    return Email(id="t", from_name="Recruiting", from_email="talent@firma-beispiel.eu", subject=subject, body=body,
                 sent_at=SENT, to=("candidate.person@gmail.com",))


@pytest.mark.parametrize("key", MAILS, ids=[f"{language}-{kind}" for language, kind in MAILS])
def test_each_kind_of_recruiting_mail_is_told_apart_in_each_language(key: tuple[str, str]) -> None:
    subject, body, label = MAILS[key]
    detection = detect(mail(subject, body))
    assert detection.label is label, detection.reasons
