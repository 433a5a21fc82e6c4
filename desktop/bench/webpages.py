"""Web pages written for measuring main-text extractors, each with what a
reader must find (the article: headline, standfirst, dateline, headings,
paragraphs, captions, list items, in order) and what must stay out (menus,
share buttons, related links, comments, newsletter boxes, footers).

Five layouts newsrooms meet: a WordPress-style NGO page, a news agency's
story with inline "read more" boxes, an old CMS laid out with tables and
line breaks, a French NGO page and a Russian news site."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    name: str
    html: str
    article: tuple[tuple[str, str], ...]  # (role, text) in reading order
    furniture: tuple[str, ...]  # texts that are not the article


def _p(texts, tag="p") -> str:
    return "".join(f"<{tag}>{t}</{tag}>" for t in texts)


def _links(texts) -> str:
    return "".join(f'<li><a href="/{n}">{t}</a></li>' for n, t in enumerate(texts))


def ngo_page() -> Page:
    title = "Harbour towns face rising flood risk"
    lead = "Ageing sea walls have left fourteen towns exposed to winter storms, a new survey finds."
    body = ["LONDON, 4 March 2025 – Fourteen harbour towns on the east coast are at serious risk of flooding "
            "because their sea walls were built more than a century ago, according to a survey published today.",
            "The survey inspected 212 kilometres of defences between March and November last year. Engineers "
            "found cracks, missing stones and eroded foundations along a third of the walls they examined."]
    caption = "The sea wall at Eastwick, where a 40-metre section collapsed in January."
    heading = "Repairs delayed for a decade"
    more = ["Local councils asked for repair funding in 2015, but only three of the fourteen towns have received "
            "any money so far. The total cost of the repairs is estimated at £310 million.",
            "Coastal Watch will present the findings to the parliamentary environment committee on 18 March."]
    menu = ["News", "Reports", "Campaigns", "About us", "Donate now"]
    related = ["Storm Ciara: a year after the floods, towns still wait for help",
               "Why sea levels are rising faster on the east coast than anywhere else"]
    comments = ["I have lived here for forty years and the wall has never been this bad. Something has to be done.",
                "Great reporting, thank you. Our council has not replied to a single letter about this in two years."]
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Coastal Watch</title>
<meta property="article:published_time" content="2025-03-04T09:30:00Z"></head><body>
<header><a class="logo" href="/">Coastal Watch</a><nav><ul>{_links(menu)}</ul></nav></header>
<main><article><h1>{title}</h1><p class="standfirst">{lead}</p>
<div class="byline">By Maria Lopez · 4 March 2025</div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<div class="entry-content">{_p(body)}<figure><img src="w.jpg" alt=""><figcaption>{caption}</figcaption></figure>
<h2>{heading}</h2>{_p(more)}</div></article>
<aside class="related"><h3>Related articles</h3><ul>{_links(related)}</ul></aside>
<section class="comments"><h3>2 comments</h3>{_p(comments)}</section></main>
<footer><p>© 2025 Coastal Watch. Registered charity no. 1234567.</p></footer></body></html>"""
    article = (("title", title), ("standfirst", lead), ("dateline", body[0]), ("body", body[1]),
               ("caption", caption), ("heading", heading), ("body", more[0]), ("body", more[1]))
    return Page("NGO (WordPress-like)", html, article, (*menu, *related, *comments, "Share on Facebook",
                                                         "Registered charity no. 1234567"))


def agency_page() -> Page:
    title = "UN rights office says detentions in the north have doubled"
    lead = "Rights monitors recorded 1,240 arrests in the first half of the year, twice as many as a year earlier."
    dateline = "GENEVA (Reuters) –"
    body = ["The number of people detained without charge in the country's northern provinces has doubled this "
            "year, the United Nations human rights office said on Tuesday.",
            "Monitors recorded 1,240 arrests between January and June, against 610 in the same period last year, "
            "spokeswoman Ravina Shamdasani told a news briefing.",
            "“Many of those held have not been told why they were arrested, and their families have not been "
            "allowed to see them,” she said.",
            "The government did not respond to a request for comment. It has previously said that the arrests "
            "were lawful and targeted armed groups."]
    heading = "Access denied"
    more = ["Monitors have been refused access to four detention centres since March, the office said, and two "
            "lawyers representing detainees were themselves arrested in May.",
            "The report will be presented to the Human Rights Council in Geneva next month."]
    caption = "Relatives wait outside a police station in the northern city of Arlit, June 12, 2025."
    read_more = "Read more: Rights groups call for an inquiry into prison deaths"
    most_read = ["Oil prices slip as traders weigh supply outlook for the coming months",
                 "Central bank holds rates steady and signals cuts later in the year",
                 "Football: champions crash out of the cup after a penalty shoot-out"]
    html = f"""<html><head><title>{title} | Reuters</title><meta name="date" content="2025-06-17"></head><body>
<div id="top-nav"><a href="/world">World</a> <a href="/business">Business</a> <a href="/markets">Markets</a>
<a href="/sport">Sport</a></div>
<div class="article"><h1 class="headline">{title}</h1><h2 class="deck">{lead}</h2>
<div class="meta">June 17, 2025 10:42 AM UTC · Updated ago</div>
<div class="article-body"><p><span class="dateline">{dateline}</span> {body[0]}</p>
<figure><img src="arlit.jpg"><figcaption>{caption}</figcaption></figure>
{_p(body[1:3])}<aside class="inline-related"><a href="/x">{read_more}</a></aside>{_p(body[3:])}
<h3>{heading}</h3>{_p(more)}<p class="trust">Our Standards: The Thomson Reuters Trust Principles.</p></div></div>
<div class="sidebar"><h4>Most read</h4><ol>{_links(most_read)}</ol></div>
<div class="footer">All quotes delayed a minimum of 15 minutes. © 2025 Reuters. All rights reserved.</div>
</body></html>"""
    article = (("title", title), ("standfirst", lead), ("dateline", f"{dateline} {body[0]}"),
               ("caption", caption), *(("body", b) for b in body[1:]), ("heading", heading),
               *(("body", b) for b in more))
    return Page("news agency", html, article, (read_more, *most_read, "All quotes delayed",
                                               "Our Standards: The Thomson Reuters Trust Principles."))


def table_layout_page() -> Page:
    title = "Drought leaves 2 million short of water"
    body = ["NAIROBI, 3 August 2024 -- More than two million people in the east of the country have no reliable "
            "source of drinking water after the third failed rainy season in a row, aid agencies said today.",
            "Water prices in the worst-hit districts have tripled since April, and families are walking up to "
            "fifteen kilometres a day to reach working boreholes.",
            "The agencies are asking donors for 45 million dollars to truck water to schools and clinics until "
            "the next rains, which are expected in October."]
    subhead = "What the appeal will pay for"
    item_text = "Repairs to 300 boreholes and the training of local mechanics to keep them running."
    menu = ["Home", "Our work", "Emergencies", "Press room", "Contact"]
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Press room - Aid Alliance</title></head><body>
<table width="100%"><tr><td class="nav">{' | '.join(f'<a href="/{n}">{t}</a>' for n, t in enumerate(menu))}</td></tr>
<tr><td><table><tr><td width="150" valign="top"><a href="/p1">2024 releases</a><br><a href="/p2">2023 releases</a>
<br><a href="/p3">Photo library</a></td>
<td valign="top"><font face="Arial" size="4"><b>{title}</b></font><br><br>
<font face="Arial" size="2">{body[0]}<br><br>{body[1]}<br><br>{body[2]}<br><br><b>{subhead}</b><br><br>
{item_text}<br><br></font></td></tr></table></td></tr>
<tr><td class="footer"><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a> |
Aid Alliance is a registered charity.</td></tr></table></body></html>"""
    article = (("title", title), ("dateline", body[0]), ("body", body[1]), ("body", body[2]),
               ("heading", subhead), ("body", item_text))
    return Page("old CMS (tables, line breaks)", html, article,
                ("2024 releases", "Photo library", "Privacy policy", "Aid Alliance is a registered charity."))


def french_page() -> Page:
    title = "Les défenseurs de l'environnement de plus en plus menacés"
    chapo = "En 2023, 196 militants ont été tués dans le monde, selon le rapport annuel publié ce mercredi."
    body = ["PARIS, 10 septembre 2024 – Le nombre de défenseurs de l'environnement assassinés reste à un niveau "
            "alarmant, indique l'organisation dans son rapport annuel, qui recense 196 meurtres l'an dernier.",
            "La Colombie demeure le pays le plus dangereux, avec 79 victimes, suivie du Brésil et du Honduras. "
            "Les peuples autochtones représentent près d'un tiers des personnes tuées."]
    heading = "Une impunité quasi totale"
    quote = ("« Derrière chaque chiffre, il y a une famille et une communauté privées de leur voix », a déclaré "
             "la directrice de l'organisation.")
    items = ["l'ouverture d'enquêtes indépendantes sur chaque meurtre ;",
             "la protection des témoins et des familles des victimes ;"]
    related = ["À lire aussi : la déforestation atteint un niveau record en Amazonie",
               "Pétition : protégeons les défenseurs de la forêt"]
    comments = ["Merci pour ce travail essentiel, il faut que les gouvernements réagissent enfin à ces crimes.",
                "Je partage l'article autour de moi, c'est important que tout le monde soit au courant."]
    html = f"""<!doctype html><html lang="fr-FR"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:locale" content="fr_FR"><meta property="article:published_time" content="2024-09-10T08:00:00+02:00">
</head><body><nav class="menu"><a href="/">Accueil</a><a href="/actus">Actualités</a><a href="/don">Faire un don</a></nav>
<div class="breadcrumb"><a href="/">Accueil</a> › <a href="/actus">Actualités</a></div>
<article class="node"><h1>{title}</h1><div class="chapo"><p>{chapo}</p></div>
<div class="partage"><a href="#">Partager</a> <a href="#">Tweeter</a></div>
<div class="texte">{_p(body)}<h3>{heading}</h3><blockquote><p>{quote}</p></blockquote>
<p>L'organisation demande :</p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul></div></article>
<div class="a-lire"><h2>À lire aussi</h2><ul>{_links(related)}</ul></div>
<div id="commentaires"><h2>Commentaires</h2>{''.join(f'<div class="comment">{c}</div>' for c in comments)}</div>
<div class="newsletter"><p>Recevez chaque semaine nos informations dans votre boîte mail.</p></div>
<footer>Mentions légales – Association loi 1901</footer></body></html>"""
    article = (("title", title), ("standfirst", chapo), ("dateline", body[0]), ("body", body[1]),
               ("heading", heading), ("body", quote), ("body", "L'organisation demande :"),
               *(("item", i) for i in items))
    return Page("French NGO", html, article, (*related, *comments, "Recevez chaque semaine nos informations",
                                              "Mentions légales"))


def russian_page() -> Page:
    title = "Правозащитники опубликовали доклад о задержаниях активистов"
    lead = "За полгода в регионе задержали 312 человек, говорится в докладе, опубликованном в понедельник."
    body = ["МОСКВА, 14 октября. Правозащитная организация опубликовала доклад о задержаниях гражданских "
            "активистов, в котором описаны 312 случаев за первые шесть месяцев года.",
            "По словам авторов доклада, в большинстве случаев задержанным не сообщали причину задержания, а "
            "адвокатов не допускали к ним в течение суток и более.",
            "Доклад будет направлен в комитет ООН по правам человека до конца месяца."]
    caption = "Здание районного суда, где рассматривались дела задержанных. Фото: пресс-служба."
    more = ["Читайте также: Суд отказал в рассмотрении жалобы правозащитников",
            "Читайте также: В регионе прошли обыски у журналистов"]
    popular = ["Курс рубля снизился на открытии торгов в понедельник утром",
               "Синоптики пообещали снег и сильный ветер на выходных в столице"]
    html = f"""<html><head><meta charset="utf-8"><title>{title} — Новости</title>
<meta property="og:locale" content="ru_RU"><meta itemprop="datePublished" content="2024-10-14"></head><body>
<div class="header"><ul class="menu"><li><a href="/">Главная</a></li><li><a href="/news">Новости</a></li>
<li><a href="/video">Видео</a></li></ul></div>
<div class="content"><h1 itemprop="headline">{title}</h1><p class="lead">{lead}</p>
<div class="article__text" itemprop="articleBody"><p>{body[0]}</p>
<div class="photo"><img src="c.jpg"><div class="photo__caption">{caption}</div></div>
<p>{body[1]}</p><div class="inject"><a href="/1">{more[0]}</a></div><p>{body[2]}</p>
<div class="inject"><a href="/2">{more[1]}</a></div></div>
<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a></div></div>
<div class="popular"><h3>Популярное</h3><ul>{_links(popular)}</ul></div>
<div class="footer">© 2024 Все права защищены. 18+</div></body></html>"""
    article = (("title", title), ("standfirst", lead), ("dateline", body[0]), ("caption", caption),
               ("body", body[1]), ("body", body[2]))
    return Page("Russian news site", html, article, (*more, *popular, "Все права защищены"))


def pages() -> list[Page]:
    return [ngo_page(), agency_page(), table_layout_page(), french_page(), russian_page()]
