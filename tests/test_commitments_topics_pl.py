"""Polish commitments on policy topics other than health: transport, taxes and finance,
banking, environment, agriculture, energy, police, justice, social insurance, tourism,
digital transformation, education, land, housing, trade, customs, disasters, foreign
affairs, administrative reform, local government.

Original sentences written in the style of Polish reports on Vietnamese policy (not taken
from the labelled sets). Each positive states who must act, the deadline, the decree and
the official who directed it, as a journalist would check them; each negative (past
achievements, statistics, forecasts, recommendations made to authorities, requirements on
things, titles, conditions, genitive complements) must give no commitment.
"""

from __future__ import annotations

import datetime

import pytest

from pipeline.article.actors import find_actors
from pipeline.article.obligations import find_obligations
from pipeline.article.step import extract_article
from pipeline.ids import sha256_hex
from pipeline.records import Article

PUBLISHED = datetime.date(2025, 10, 1)
ANY = "any"  # a deadline this test does not check


def obligations(text: str):
    article = Article(
        sha256_hex(text)[:16], "test", text, sha256_hex(text), lang="pl", published_date=PUBLISHED
    )
    return find_obligations(article, extract_article(article))


# (text, actor, deadline (value, relation) | None | ANY, decree, directed_by); a text with
# several commitments is listed once per commitment.
POSITIVE = [
    (
        "Premier Pham Minh Chinh polecił Ministerstwu Budownictwa przyspieszenie "
        "budowy odcinków autostrady Północ–Południe, tak aby oddać je do użytku przed "
        "31 grudnia 2025 r.",
        "Ministry of Construction",
        ("2025-12-31", "before"),
        None,
        "Pham Minh Chinh",
    ),
    (
        "Ministerstwo Budownictwa przyspieszy prace przygotowawcze do budowy kolei "
        "dużych prędkości na osi Północ–Południe.",
        "Ministry of Construction",
        None,
        None,
        None,
    ),
    (
        "Korporacja Portów Lotniczych Wietnamu ma ukończyć budowę nowego terminalu "
        "pasażerskiego lotniska Long Thanh w 2026 r.",
        "Airports Corporation of Vietnam",
        ("2026", "in"),
        None,
        None,
    ),
    (
        "Ministerstwo Finansów ma opracować projekt dekretu o zwolnieniu z podatku od "
        "użytkowania gruntów rolnych i przedłożyć go rządowi do końca marca 2026 r.",
        "Ministry of Finance",
        ("2026-03", "by"),
        None,
        None,
    ),
    (
        "Wicepremier Ho Duc Phoc zwrócił się do Ministerstwa Finansów o pilne "
        "uproszczenie procedur zwrotu podatku VAT dla eksporterów.",
        "Ministry of Finance",
        None,
        None,
        "Ho Duc Phoc",
    ),
    (
        "Państwowy Bank Wietnamu musi zakończyć restrukturyzację słabych banków "
        "komercyjnych do końca 2026 r.",
        "State Bank of Vietnam",
        ("2026", "by"),
        None,
        None,
    ),
    (
        "Premier Pham Minh Chinh podkreślił, że polityka pieniężna musi być elastyczna "
        "i ostrożna. Zwrócił się także do Państwowego Banku Wietnamu o obniżenie "
        "kosztów kredytów dla przedsiębiorstw.",
        "State Bank of Vietnam",
        None,
        None,
        "Pham Minh Chinh",
    ),
    (
        "Wicepremier Tran Hong Ha polecił Komitetowi Ludowemu Hanoi opracowanie planu "
        "ograniczenia zanieczyszczenia powietrza przed 30 czerwca 2026 r.",
        "Hanoi City People's Committee",
        ("2026-06-30", "before"),
        None,
        "Tran Hong Ha",
    ),
    (
        "Ministerstwo Rolnictwa i Środowiska jest odpowiedzialne za kontrolę jakości "
        "wody w dorzeczach rzek Nhue i Day.",
        "Ministry of Agriculture and Environment",
        None,
        None,
        None,
    ),
    (
        "Ministerstwo Rolnictwa i Środowiska musi zakończyć cyfryzację danych o "
        "gruntach rolnych najpóźniej do 31 grudnia 2025 r.",
        "Ministry of Agriculture and Environment",
        ("2025-12-31", "by"),
        None,
        None,
    ),
    (
        "Premier polecił ministerstwom i lokalnym władzom zapewnienie wystarczającej "
        "ilości nawozów na sezon zimowo-wiosenny.",
        "Ministries and localities",
        None,
        None,
        None,
    ),
    (
        "Ministerstwo Przemysłu i Handlu musi zapewnić wystarczające dostawy energii "
        "elektrycznej dla produkcji w porze suchej 2026 roku.",
        "Ministry of Industry and Trade",
        ANY,
        None,
        None,
    ),
    (
        "Wietnamska Grupa Energetyczna (EVN) zobowiązała się do oddania do użytku "
        "linii przesyłowej 500 kV przed końcem czerwca 2026 r.",
        "Vietnam Electricity",
        ("2026-06", "by"),
        None,
        None,
    ),
    (
        "Petrovietnam zbuduje dwa nowe terminale skroplonego gazu ziemnego w prowincji Quang Ninh.",
        "Vietnam National Industry-Energy Group",
        None,
        None,
        None,
    ),
    (
        "Minister Bezpieczeństwa Publicznego Luong Tam Quang nakazał policji we "
        "wszystkich miejscowościach wzmożenie walki z przemytem narkotyków.",
        "Police",
        None,
        None,
        "Luong Tam Quang",
    ),
    (
        "Policja miasta Ho Chi Minh musi rozbić gangi lichwiarskie przed końcem 2025 r.",
        "Ho Chi Minh City Police",
        ("2025", "by"),
        None,
        None,
    ),
    (
        "Ministerstwo Sprawiedliwości zostało zobowiązane do przedłożenia projektu "
        "zmienionej ustawy o notariacie do 15 lutego 2026 r.",
        "Ministry of Justice",
        ("2026-02-15", "by"),
        None,
        None,
    ),
    (
        "Rząd powierzył Ministerstwu Sprawiedliwości kierowanie przeglądem przepisów, "
        "które utrudniają inwestycje.",
        "Ministry of Justice",
        None,
        None,
        None,
    ),
    (
        "Wicepremier Le Thanh Long zlecił Wietnamskiemu Zakładowi Ubezpieczeń "
        "Społecznych wypłatę zaległych świadczeń emerytalnych przed 1 lipca 2026 r.",
        "Vietnam Social Security",
        ("2026-07-01", "before"),
        None,
        "Le Thanh Long",
    ),
    (
        "Ministerstwo Spraw Wewnętrznych ma przedstawić rządowi projekt reformy płac w "
        "sektorze publicznym w październiku 2026 r.",
        "Ministry of Home Affairs",
        ANY,
        None,
        None,
    ),
    (
        "Ministerstwo Kultury, Sportu i Turystyki opracuje nową strategię promocji "
        "turystyki na rynkach europejskich.",
        "Ministry of Culture, Sports and Tourism",
        None,
        None,
        None,
    ),
    (
        "Komitet Ludowy prowincji Khanh Hoa powinien do końca 2025 r. uporządkować "
        "działalność turystyczną na wyspach zatoki Nha Trang.",
        "Khanh Hoa Provincial People's Committee",
        ("2025", "by"),
        None,
        None,
    ),
    (
        "Ministerstwo Nauki i Technologii ma za zadanie uruchomienie krajowej "
        "platformy danych do końca 2025 r.",
        "Ministry of Science and Technology",
        ("2025", "by"),
        None,
        None,
    ),
    (
        "Premier Pham Minh Chinh wezwał ministerstwa, resorty i samorządy do "
        "przyspieszenia cyfryzacji usług publicznych online.",
        "Ministries, agencies and localities",
        None,
        None,
        "Pham Minh Chinh",
    ),
    (
        "Ministerstwo Edukacji i Szkolenia ogłosi zasady rekrutacji na studia przed 31 "
        "marca 2026 r.",
        "Ministry of Education and Training",
        ("2026-03-31", "before"),
        None,
        None,
    ),
    (
        "Wicepremier Le Thanh Long podkreślił, że reforma szkolnictwa zawodowego jest "
        "pilna. Polecił również Ministerstwu Edukacji i Szkolenia zapewnienie "
        "podręczników dla wszystkich uczniów przed rozpoczęciem roku szkolnego.",
        "Ministry of Education and Training",
        None,
        None,
        "Le Thanh Long",
    ),
    (
        "Ministerstwo Rolnictwa i Środowiska musi przedłożyć projekt dekretu "
        "wykonawczego do ustawy o gruntach do 30 listopada 2025 r.",
        "Ministry of Agriculture and Environment",
        ("2025-11-30", "by"),
        None,
        None,
    ),
    (
        "Zgodnie z dekretem nr 102/2024/ND-CP komitety ludowe prowincji muszą "
        "zakończyć wydawanie świadectw użytkowania gruntów w 2026 r.",
        "Provincial People's Committees",
        ("2026", "in"),
        "102/2024/NĐ-CP",
        None,
    ),
    (
        "Premier Pham Minh Chinh zobowiązał Komitet Ludowy miasta Ho Chi Minh do "
        "przyspieszenia budowy mieszkań socjalnych dla robotników.",
        "Ho Chi Minh City People's Committee",
        None,
        None,
        "Pham Minh Chinh",
    ),
    (
        "Ministerstwo Przemysłu i Handlu powinno wzmocnić kontrolę rynku przed Świętem Tet.",
        "Ministry of Industry and Trade",
        None,
        None,
        None,
    ),
    (
        "Ministerstwo Przemysłu i Handlu wdroży program promocji eksportu owoców do "
        "Unii Europejskiej w 2026 r.",
        "Ministry of Industry and Trade",
        ("2026", "in"),
        None,
        None,
    ),
    (
        "Departament Ceł musi skrócić czas odprawy celnej towarów importowanych do 30 "
        "czerwca 2026 r.",
        "Customs Department",
        ("2026-06-30", "by"),
        None,
        None,
    ),
    (
        "Wicepremier Ho Duc Phoc nakazał Departamentowi Ceł i Departamentowi Podatków "
        "zaostrzenie kontroli nad wyceną celną towarów.",
        "Customs Department",
        None,
        None,
        "Ho Duc Phoc",
    ),
    (
        "Wicepremier Ho Duc Phoc nakazał Departamentowi Ceł i Departamentowi Podatków "
        "zaostrzenie kontroli nad wyceną celną towarów.",
        "Tax Department",
        None,
        None,
        "Ho Duc Phoc",
    ),
    (
        "Premier wezwał komitety ludowe prowincji centralnych do przygotowania planów "
        "ewakuacji mieszkańców przed nadejściem tajfunu.",
        "Provincial People's Committees",
        None,
        None,
        None,
    ),
    (
        "Prowincja Lao Cai musi przesiedlić mieszkańców z terenów zagrożonych "
        "osuwiskami przed porą deszczową.",
        "Lao Cai Province",
        None,
        None,
        None,
    ),
    (
        "Ministerstwo Obrony Narodowej ma wysłać żołnierzy i sprzęt do usuwania "
        "skutków powodzi w prowincjach Thai Nguyen i Cao Bang.",
        "Ministry of National Defence",
        None,
        None,
        None,
    ),
    (
        "Ministerstwo Spraw Zagranicznych będzie koordynować przygotowania do wizyty "
        "premiera w krajach Unii Europejskiej.",
        "Ministry of Foreign Affairs",
        None,
        None,
        None,
    ),
    (
        "Wicepremier Bui Thanh Son zwrócił się do Ministerstwa Spraw Zagranicznych o "
        "ochronę obywateli wietnamskich w rejonach konfliktów.",
        "Ministry of Foreign Affairs",
        None,
        None,
        "Bui Thanh Son",
    ),
    (
        "Rząd zobowiązuje się do ograniczenia kosztów procedur administracyjnych o 30 "
        "proc. do końca 2026 r.",
        "Government",
        ("2026", "by"),
        None,
        None,
    ),
    (
        "Ministerstwo Spraw Wewnętrznych zakończy reorganizację aparatu "
        "administracyjnego na szczeblu gmin do 31 grudnia 2025 r.",
        "Ministry of Home Affairs",
        ("2025-12-31", "by"),
        None,
        None,
    ),
    (
        "Premier zlecił Ministerstwu Finansów przygotowanie projektu rezolucji w "
        "sprawie obniżenia podatku VAT o 2 punkty procentowe.",
        "Ministry of Finance",
        None,
        None,
        None,
    ),
    (
        "Na mocy rezolucji nr 66/NQ-CP rząd zlecił Ministerstwu Sprawiedliwości ocenę "
        "wszystkich przepisów utrudniających rozwój gospodarczy do 31 grudnia 2025 r.",
        "Ministry of Justice",
        ("2025-12-31", "by"),
        "66/NQ-CP",
        None,
    ),
    (
        "Ministerstwa i resorty muszą bezwzględnie przestrzegać terminów wypłaty "
        "środków inwestycyjnych – podkreślił premier Pham Minh Chinh.",
        "Ministries and agencies",
        None,
        None,
        "Pham Minh Chinh",
    ),
    (
        "Przedsiębiorstwa państwowe muszą zwiększyć inwestycje w infrastrukturę cyfrową w 2026 r.",
        "State-owned enterprises",
        ANY,
        None,
        None,
    ),
    (
        "Wicepremier Ho Duc Phoc polecił Państwowemu Bankowi Wietnamu i Ministerstwu "
        "Finansów skoordynowanie polityki pieniężnej i fiskalnej.",
        "State Bank of Vietnam",
        None,
        None,
        "Ho Duc Phoc",
    ),
    (
        "Wicepremier Ho Duc Phoc polecił Państwowemu Bankowi Wietnamu i Ministerstwu "
        "Finansów skoordynowanie polityki pieniężnej i fiskalnej.",
        "Ministry of Finance",
        None,
        None,
        "Ho Duc Phoc",
    ),
    (
        "Komitet Ludowy prowincji Quang Ninh zbuduje nową drogę łączącą port Cai Lan z autostradą.",
        "Quang Ninh Provincial People's Committee",
        None,
        None,
        None,
    ),
    (
        "Lokalne władze mają zakończyć likwidację tymczasowych i zniszczonych domów do "
        "31 grudnia 2025 r.",
        "Localities",
        ("2025-12-31", "by"),
        None,
        None,
    ),
    (
        "Wiceminister Rolnictwa i Środowiska Phung Duc Tien zaapelował do prowincji "
        "nadmorskich o zwalczanie nielegalnych połowów w celu zniesienia żółtej kartki "
        "UE.",
        "Provinces and cities",
        None,
        None,
        "Phung Duc Tien",
    ),
    (
        "Policja prowincji Nghe An została zobowiązana do wyjaśnienia przyczyn pożaru "
        "przed 20 października 2025 r.",
        "Nghe An Provincial Police",
        ("2025-10-20", "before"),
        None,
        None,
    ),
    (
        "Skarb Państwa musi przyspieszyć wypłatę środków z budżetu na projekty "
        "inwestycji publicznych.",
        "State Treasury",
        None,
        None,
        None,
    ),
    (
        "Stały wicepremier Nguyen Hoa Binh przewodniczył spotkaniu w sprawie rynku "
        "złota. Wicepremier zwrócił się do Ministerstwa Finansów o zaostrzenie "
        "kontroli nad obrotem złotem. Polecił również Państwowemu Bankowi Wietnamu "
        "wydanie nowych przepisów najpóźniej do 31 grudnia 2025 r.",
        "Ministry of Finance",
        None,
        None,
        "Nguyen Hoa Binh",
    ),
    (
        "Stały wicepremier Nguyen Hoa Binh przewodniczył spotkaniu w sprawie rynku "
        "złota. Wicepremier zwrócił się do Ministerstwa Finansów o zaostrzenie "
        "kontroli nad obrotem złotem. Polecił również Państwowemu Bankowi Wietnamu "
        "wydanie nowych przepisów najpóźniej do 31 grudnia 2025 r.",
        "State Bank of Vietnam",
        ("2025-12-31", "by"),
        None,
        "Nguyen Hoa Binh",
    ),
    (
        "Kończąc posiedzenie, premier Pham Minh Chinh zaapelował do ministerstw i "
        "samorządów o wypłatę pomocy dla poszkodowanych w powodziach przed 15 stycznia "
        "2026 r. Ministerstwo Rolnictwa i Środowiska musi przygotować system wczesnego "
        "ostrzegania przed osuwiskami – dodał premier.",
        "Ministries and localities",
        ("2026-01-15", "before"),
        None,
        "Pham Minh Chinh",
    ),
    (
        "Kończąc posiedzenie, premier Pham Minh Chinh zaapelował do ministerstw i "
        "samorządów o wypłatę pomocy dla poszkodowanych w powodziach przed 15 stycznia "
        "2026 r. Ministerstwo Rolnictwa i Środowiska musi przygotować system wczesnego "
        "ostrzegania przed osuwiskami – dodał premier.",
        "Ministry of Agriculture and Environment",
        None,
        None,
        "Pham Minh Chinh",
    ),
    (
        "Zgodnie z rezolucją nr 01/NQ-CP Ministerstwo Finansów przedłoży rządowi "
        "projekt zmiany ustawy o podatku dochodowym od osób fizycznych przed 30 "
        "czerwca 2026 r.",
        "Ministry of Finance",
        ("2026-06-30", "before"),
        "01/NQ-CP",
        None,
    ),
    (
        "Ministerstwo Bezpieczeństwa Publicznego wzmocni walkę z przestępczością w "
        "cyberprzestrzeni i oszustwami internetowymi.",
        "Ministry of Public Security",
        None,
        None,
        None,
    ),
    (
        "Ministerstwo Sprawiedliwości ma zakończyć kodyfikację przepisów prawa w marcu 2026 r.",
        "Ministry of Justice",
        ("2026-03", "in"),
        None,
        None,
    ),
    (
        "Wietnamski Zakład Ubezpieczeń Społecznych musi wdrożyć elektroniczne "
        "książeczki ubezpieczeniowe dla wszystkich pracowników do końca 2026 r.",
        "Vietnam Social Security",
        ("2026", "by"),
        None,
        None,
    ),
    (
        "Wicepremier Tran Hong Ha zobowiązał Ministerstwo Spraw Wewnętrznych do "
        "opracowania nowych zasad wynagradzania urzędników.",
        "Ministry of Home Affairs",
        None,
        None,
        "Tran Hong Ha",
    ),
    (
        "Ministerstwo Kultury, Sportu i Turystyki zostało zobowiązane do ukończenia "
        "strategii rozwoju turystyki do 31 grudnia 2025 r.",
        "Ministry of Culture, Sports and Tourism",
        ("2025-12-31", "by"),
        None,
        None,
    ),
    (
        "Premier zażądał od ministerstw i resortów uproszczenia warunków prowadzenia "
        "działalności gospodarczej.",
        "Ministries and agencies",
        None,
        None,
        None,
    ),
    (
        "Ministerstwo Nauki i Technologii uruchomi krajową platformę identyfikacji "
        "cyfrowej do końca czerwca 2026 r.",
        "Ministry of Science and Technology",
        ("2026-06", "by"),
        None,
        None,
    ),
    (
        "Ministerstwo Edukacji i Szkolenia zorganizowało w Hanoi konferencję na temat "
        "egzaminów. Minister Nguyen Kim Son podkreślił, że resort opracuje nowe zasady "
        "przyjmowania uczniów do szkół średnich.",
        "Ministry of Education and Training",
        None,
        None,
        "Nguyen Kim Son",
    ),
    (
        "Ministerstwo Edukacji i Szkolenia wdroży jednolity zestaw podręczników w "
        "całym kraju w 2026 r.",
        "Ministry of Education and Training",
        ("2026", "in"),
        None,
        None,
    ),
    (
        "Wicepremier Tran Hong Ha nakazał Ministerstwu Rolnictwa i Środowiska "
        "zakończenie aktualizacji cen gruntów przed 31 grudnia 2025 r.",
        "Ministry of Agriculture and Environment",
        ("2025-12-31", "before"),
        None,
        "Tran Hong Ha",
    ),
    (
        "Komitet Ludowy Hanoi uprości procedury wydawania pozwoleń na budowę domów "
        "jednorodzinnych.",
        "Hanoi City People's Committee",
        None,
        None,
        None,
    ),
    (
        "Wicepremier Bui Thanh Son zlecił Ministerstwu Przemysłu i Handlu negocjacje w "
        "sprawie nowych umów o wolnym handlu z krajami Bliskiego Wschodu.",
        "Ministry of Industry and Trade",
        None,
        None,
        "Bui Thanh Son",
    ),
    (
        "Departament Ceł zmodernizuje system odprawy celnej w przejściach granicznych z Chinami.",
        "Customs Department",
        None,
        None,
        None,
    ),
    (
        "Wicepremier Tran Hong Ha wezwał komitety ludowe prowincji nadmorskich do "
        "ewakuacji mieszkańców z obszarów zagrożonych tajfunem.",
        "Provincial People's Committees",
        None,
        None,
        "Tran Hong Ha",
    ),
    (
        "Ministerstwo Obrony Narodowej jest odpowiedzialne za poszukiwania i ratownictwo na morzu.",
        "Ministry of National Defence",
        None,
        None,
        None,
    ),
    (
        "Ministerstwo Spraw Zagranicznych zorganizuje konferencję ambasadorów w 2026 r.",
        "Ministry of Foreign Affairs",
        ("2026", "in"),
        None,
        None,
    ),
    (
        "Ministerstwo Spraw Wewnętrznych odpowiada za zakończenie połączenia jednostek "
        "administracyjnych na szczeblu gmin do grudnia 2025 r.",
        "Ministry of Home Affairs",
        ("2025-12", "by"),
        None,
        None,
    ),
    (
        "Rząd zobowiązuje się do zapewnienia stabilnego otoczenia dla inwestorów zagranicznych.",
        "Government",
        None,
        None,
        None,
    ),
    (
        "Ministerstwa i resorty mają obowiązek publikować wszystkie procedury "
        "administracyjne na krajowym portalu usług publicznych.",
        "Ministries and agencies",
        None,
        None,
        None,
    ),
    (
        "Przewodniczący Komitetu Ludowego Hanoi Tran Sy Thanh polecił Policji miasta "
        "Hanoi zaostrzenie kontroli ruchu drogowego w godzinach szczytu.",
        "Hanoi City Police",
        None,
        None,
        "Tran Sy Thanh",
    ),
    (
        "Przedsiębiorstwa państwowe mają zrealizować plan restrukturyzacji w 2026 r.",
        "State-owned enterprises",
        ("2026", "in"),
        None,
        None,
    ),
    (
        "EVN zapewni wystarczające dostawy energii elektrycznej w okresie szczytowego "
        "zapotrzebowania.",
        "Vietnam Electricity",
        None,
        None,
        None,
    ),
    (
        "Premier Pham Minh Chinh podkreślił potrzebę szybkiej odbudowy po tajfunie. "
        "Polecił także lokalnym władzom zapewnienie mieszkańcom żywności i wody pitnej.",
        "Localities",
        None,
        None,
        "Pham Minh Chinh",
    ),
    (
        "Ministerstwo Budownictwa musi oddać do użytku lotnisko Long Thanh przed 2 "
        "września 2026 r.",
        "Ministry of Construction",
        ("2026-09-02", "before"),
        None,
        None,
    ),
    (
        "Wicepremier Ho Duc Phoc zwrócił się do Ministerstwa Finansów i Departamentu "
        "Podatków z prośbą o przyspieszenie zwrotu podatku dla przedsiębiorstw.",
        "Ministry of Finance",
        None,
        None,
        "Ho Duc Phoc",
    ),
    (
        "Wicepremier Ho Duc Phoc zwrócił się do Ministerstwa Finansów i Departamentu "
        "Podatków z prośbą o przyspieszenie zwrotu podatku dla przedsiębiorstw.",
        "Tax Department",
        None,
        None,
        "Ho Duc Phoc",
    ),
    (
        "Premier Pham Minh Chinh przewodniczył posiedzeniu rządu poświęconemu polityce "
        "społecznej. Zwrócił się do Ministerstwa Spraw Wewnętrznych o przygotowanie "
        "projektu zmiany ustawy o ubezpieczeniach społecznych.\nPremier polecił również "
        "Wietnamskiemu Zakładowi Ubezpieczeń Społecznych uproszczenie procedur wypłaty "
        "zasiłków przed 1 stycznia 2026 r.",
        "Ministry of Home Affairs",
        None,
        None,
        "Pham Minh Chinh",
    ),
    (
        "Premier Pham Minh Chinh przewodniczył posiedzeniu rządu poświęconemu polityce "
        "społecznej. Zwrócił się do Ministerstwa Spraw Wewnętrznych o przygotowanie "
        "projektu zmiany ustawy o ubezpieczeniach społecznych.\nPremier polecił również "
        "Wietnamskiemu Zakładowi Ubezpieczeń Społecznych uproszczenie procedur wypłaty "
        "zasiłków przed 1 stycznia 2026 r.",
        "Vietnam Social Security",
        ("2026-01-01", "before"),
        None,
        "Pham Minh Chinh",
    ),
    (
        "Wicepremier Tran Hong Ha podpisał dyrektywę nr 16/CT-TTg, w której zobowiązał "
        "ministerstwa i samorządy do zakończenia usuwania skutków tajfunu Yagi "
        "najpóźniej do 30 listopada 2025 r.",
        "Ministries and localities",
        ("2025-11-30", "by"),
        "16/CT-TTg",
        "Tran Hong Ha",
    ),
    (
        "Wicepremier Tran Hong Ha zwrócił się do Wietnamskich Kolei Państwowych o "
        "modernizację linii kolejowej Hanoi – Lao Cai przed 31 grudnia 2026 r.",
        "Vietnam Railways",
        ("2026-12-31", "before"),
        None,
        "Tran Hong Ha",
    ),
    (
        "Wicepremier Ho Duc Phoc wezwał Państwowy Bank Wietnamu do zapewnienia "
        "płynności systemu bankowego.",
        "State Bank of Vietnam",
        None,
        None,
        "Ho Duc Phoc",
    ),
    (
        "Premier zwrócił się do ministerstw i samorządów o pilne rozliczenie środków z "
        "inwestycji publicznych.",
        "Ministries and localities",
        None,
        None,
        None,
    ),
    (
        "Władze prowincji Lao Cai mają zakończyć budowę nowych osiedli dla "
        "przesiedleńców do 30 czerwca 2026 r.",
        "Lao Cai Province",
        ("2026-06-30", "by"),
        None,
        None,
    ),
    (
        "Wicepremier Tran Hong Ha podkreślił, że budowa mieszkań socjalnych jest "
        "zadaniem priorytetowym. Ministerstwo Budownictwa musi uprościć procedury "
        "inwestycyjne, a komitety ludowe prowincji powinny przydzielić grunty pod "
        "budowę mieszkań.",
        "Ministry of Construction",
        None,
        None,
        "Tran Hong Ha",
    ),
    (
        "Wicepremier Tran Hong Ha podkreślił, że budowa mieszkań socjalnych jest "
        "zadaniem priorytetowym. Ministerstwo Budownictwa musi uprościć procedury "
        "inwestycyjne, a komitety ludowe prowincji powinny przydzielić grunty pod "
        "budowę mieszkań.",
        "Provincial People's Committees",
        None,
        None,
        "Tran Hong Ha",
    ),
    (
        "Ministerstwo Bezpieczeństwa Publicznego zakończy wydawanie elektronicznych "
        "dowodów osobistych przed 1 lipca 2026 r.",
        "Ministry of Public Security",
        ("2026-07-01", "before"),
        None,
        None,
    ),
    (
        "Ministerstwo Rolnictwa i Środowiska ma obowiązek monitorować poziom zasolenia "
        "w delcie Mekongu.",
        "Ministry of Agriculture and Environment",
        None,
        None,
        None,
    ),
    (
        "Wicepremier i minister spraw zagranicznych Bui Thanh Son podkreślił, że "
        "Ministerstwo Spraw Zagranicznych wzmocni dyplomację gospodarczą w 2026 r.",
        "Ministry of Foreign Affairs",
        None,
        None,
        "Bui Thanh Son",
    ),
    (
        "Ministerstwo Przemysłu i Handlu ma przedłożyć premierowi plan rozwoju "
        "energetyki wiatrowej na morzu w grudniu 2025 r.",
        "Ministry of Industry and Trade",
        ("2025-12", "in"),
        None,
        None,
    ),
    (
        "Departament Podatków będzie nadal kontrolować rozliczenia podatkowe platform "
        "handlu elektronicznego.",
        "Tax Department",
        None,
        None,
        None,
    ),
    (
        "Wicepremier Nguyen Chi Dung zlecił Ministerstwu Nauki i Technologii "
        "przygotowanie krajowej strategii rozwoju półprzewodników.",
        "Ministry of Science and Technology",
        None,
        None,
        "Nguyen Chi Dung",
    ),
    (
        "Ministerstwo Edukacji i Szkolenia zostało zobowiązane do zatwierdzenia nowych "
        "standardów kształcenia nauczycieli do maja 2026 r.",
        "Ministry of Education and Training",
        ("2026-05", "by"),
        None,
        None,
    ),
    (
        "Komitet Ludowy Hanoi zobowiązał się do przeniesienia uczelni poza centrum "
        "miasta do końca 2026 r.",
        "Hanoi City People's Committee",
        ("2026", "by"),
        None,
        None,
    ),
    (
        "Stały wicepremier Nguyen Hoa Binh polecił Ministerstwu Finansów wdrożenie "
        "rezolucji nr 02/NQ-CP w sprawie poprawy otoczenia biznesowego.",
        "Ministry of Finance",
        None,
        "02/NQ-CP",
        "Nguyen Hoa Binh",
    ),
    (
        "Premier Pham Minh Chinh zażądał od ministerstw i resortów przedłożenia "
        "sprawozdań z realizacji programu do 15 grudnia 2025 r.",
        "Ministries and agencies",
        ("2025-12-15", "by"),
        None,
        "Pham Minh Chinh",
    ),
    (
        "Ministerstwo Finansów zostało poproszone o przygotowanie nowych zasad wyceny gruntów.",
        "Ministry of Finance",
        None,
        None,
        None,
    ),
    (
        "Ministerstwu Sprawiedliwości powierzono przygotowanie projektu ustawy o pomocy prawnej.",
        "Ministry of Justice",
        None,
        None,
        None,
    ),
    (
        "Premier Pham Minh Chinh wydał polecenie ministerstwom, resortom i samorządom, "
        "aby przyspieszyły wypłatę środków z inwestycji publicznych.",
        "Ministries, agencies and localities",
        None,
        None,
        "Pham Minh Chinh",
    ),
    (
        "Wicepremier Bui Thanh Son polecił Wietnamskiej Grupie Energetycznej "
        "ukończenie linii przesyłowej 500 kV do 30 kwietnia 2026 r.",
        "Vietnam Electricity",
        ("2026-04-30", "by"),
        None,
        "Bui Thanh Son",
    ),
    (
        "Wicepremier Tran Hong Ha podkreślił, że ochrona lasów jest obowiązkiem całego "
        "społeczeństwa. Zażądał także od Ministerstwa Rolnictwa i Środowiska "
        "zaostrzenia kontroli nad wylesianiem.",
        "Ministry of Agriculture and Environment",
        None,
        None,
        "Tran Hong Ha",
    ),
    (
        "Inspektorat Rządowy przeprowadzi kontrolę zarządzania gruntami w pięciu "
        "prowincjach w 2026 r.",
        "Government Inspectorate",
        ("2026", "in"),
        None,
        None,
    ),
    (
        "Premier nakazał Inspektoratowi Rządowemu zbadanie nieprawidłowości w "
        "przetargach na budowę dróg.",
        "Government Inspectorate",
        None,
        None,
        None,
    ),
    (
        "Zgromadzenie Narodowe rozpatrzy projekt ustawy o cyfryzacji na najbliższej sesji.",
        "National Assembly",
        None,
        None,
        None,
    ),
    (
        "Wicepremier Mai Van Chinh polecił Ministerstwu Kultury, Sportu i Turystyki "
        "opracowanie programu promocji turystyki w Azji Północno-Wschodniej.",
        "Ministry of Culture, Sports and Tourism",
        None,
        None,
        "Mai Van Chinh",
    ),
    (
        "Ministerstwa i samorządy muszą ściśle monitorować ceny podstawowych towarów "
        "przed Nowym Rokiem Księżycowym.",
        "Ministries and localities",
        None,
        None,
        None,
    ),
    (
        "Departament Budownictwa Da Nang musi zakończyć przegląd projektów "
        "mieszkaniowych do 31 marca 2026 r.",
        "Da Nang Department of Construction",
        ("2026-03-31", "by"),
        None,
        None,
    ),
    (
        "Przewodniczący komitetów ludowych prowincji muszą osobiście odpowiadać za "
        "postęp oczyszczania terenu pod inwestycje.",
        "Provincial People's Committees",
        None,
        None,
        None,
    ),
    (
        "Wietnamski Zakład Ubezpieczeń Społecznych ma za zadanie zapewnienie "
        "terminowej wypłaty emerytur.",
        "Vietnam Social Security",
        None,
        None,
        None,
    ),
    (
        "Zgodnie z rezolucją nr 07/NQ-CP Ministerstwo Spraw Wewnętrznych powinno do "
        "końca 2026 r. ograniczyć liczbę jednostek w administracji publicznej o 15 "
        "proc.",
        "Ministry of Home Affairs",
        ("2026", "by"),
        "07/NQ-CP",
        None,
    ),
    (
        "Resort spraw zagranicznych wzmocni ochronę obywateli wietnamskich za granicą.",
        "Ministry of Foreign Affairs",
        None,
        None,
        None,
    ),
    (
        "Wicepremier Le Thanh Long zaznaczył, że ministerstwa i samorządy muszą pilnie "
        "wdrożyć nowe przepisy o płacy minimalnej.",
        "Ministries and localities",
        None,
        None,
        "Le Thanh Long",
    ),
    (
        "Kończąc spotkanie, wicepremier Tran Hong Ha polecił: Ministerstwo Rolnictwa i "
        "Środowiska musi zakończyć inwentaryzację zasobów wodnych do 31 marca 2026 r.",
        "Ministry of Agriculture and Environment",
        ("2026-03-31", "by"),
        None,
        "Tran Hong Ha",
    ),
    (
        "Wicepremier Ho Duc Phoc przewodniczył spotkaniu z przedsiębiorcami. Ponadto "
        "zwrócił się do Ministerstwa Finansów o obniżenie opłat. Państwowy Bank "
        "Wietnamu powinien ułatwić dostęp do kredytów dla małych firm.",
        "Ministry of Finance",
        None,
        None,
        "Ho Duc Phoc",
    ),
    (
        "Wicepremier Ho Duc Phoc przewodniczył spotkaniu z przedsiębiorcami. Ponadto "
        "zwrócił się do Ministerstwa Finansów o obniżenie opłat. Państwowy Bank "
        "Wietnamu powinien ułatwić dostęp do kredytów dla małych firm.",
        "State Bank of Vietnam",
        None,
        None,
        "Ho Duc Phoc",
    ),
    (
        "Na polecenie premiera Ministerstwo Budownictwa opracuje plan budowy obwodnicy Hanoi.",
        "Ministry of Construction",
        None,
        None,
        None,
    ),
    (
        "Premier Pham Minh Chinh podpisał depeszę, w której zażądał od ministerstw i "
        "resortów przedłożenia raportów przed 31 stycznia 2026 r.",
        "Ministries and agencies",
        ("2026-01-31", "before"),
        None,
        "Pham Minh Chinh",
    ),
    (
        "Resort przemysłu i handlu ma uprościć procedury udzielania licencji na import paliw.",
        "Ministry of Industry and Trade",
        None,
        None,
        None,
    ),
    (
        "Departament Ceł ma obowiązek wdrożyć system jednego okienka do grudnia 2025 r.",
        "Customs Department",
        ("2025-12", "by"),
        None,
        None,
    ),
    (
        "Vietnam Airlines zwiększy liczbę lotów krajowych w okresie świąt Tet.",
        "Vietnam Airlines",
        None,
        None,
        None,
    ),
    (
        "Premier Pham Minh Chinh zobowiązał Ministerstwo Bezpieczeństwa Publicznego do "
        "zapewnienia bezpieczeństwa podczas świąt Tet.",
        "Ministry of Public Security",
        None,
        None,
        "Pham Minh Chinh",
    ),
    (
        "Komitet Ludowy prowincji Thai Nguyen przesiedli mieszkańców z terenów zalewowych.",
        "Thai Nguyen Provincial People's Committee",
        None,
        None,
        None,
    ),
    # a resolution's request in the present: 'rząd prosi … o…'
    (
        "W rezolucji rząd prosi ministrów, szefów agencji na szczeblu ministerialnym i "
        "przewodniczących komitetów ludowych prowincji o przyspieszenie wydatkowania "
        "kapitału inwestycji publicznych do końca 2025 r.",
        "Ministries, agencies and localities",
        ("2025", "by"),
        None,
        None,
    ),
    # 'Rząd wymaga, aby …', 'Premier prosi, aby …': the body after 'aby'
    (
        "Rząd wymaga, aby ministerstwa i agencje pilnie przedłożyły projekty ustaw o "
        "podatkach przed 15 listopada 2025 r.",
        "Ministries and agencies",
        ("2025-11-15", "before"),
        None,
        None,
    ),
    (
        "Premier prosi, aby Ministerstwo Finansów uprościło procedury celne.",
        "Ministry of Finance",
        None,
        None,
        None,
    ),
    # the present tense of a resolution's task list, opened by an adverb of urgency or
    # continuation, and 'przewodniczy i koordynuje'
    (
        "Ministerstwa i agencje zarządzające pilnie uzupełniają dokumentację projektów "
        "energetycznych i przekazują ją rządowi.",
        "Ministries and agencies",
        None,
        None,
        None,
    ),
    (
        "Ministerstwo Przemysłu i Handlu niezwłocznie przedstawia rządowi plan rozwoju "
        "energii wiatrowej na morzu.",
        "Ministry of Industry and Trade",
        None,
        None,
        None,
    ),
    (
        "Ministerstwo Rolnictwa i Środowiska nadal ściśle współpracuje z prowincjami "
        "przybrzeżnymi w zwalczaniu nielegalnych połowów.",
        "Ministry of Agriculture and Environment",
        None,
        None,
        None,
    ),
    (
        "Ministerstwo Budownictwa przewodniczy i koordynuje działania z miejscowościami "
        "w celu budowy mieszkań socjalnych.",
        "Ministry of Construction",
        None,
        None,
        None,
    ),
    # the first verb of a numbered item of a task list
    (
        "Uchwała określa zadania na czwarty kwartał:\n(2) Ministerstwo Finansów "
        "opracowuje projekt dekretu o podatku od nieruchomości i przedkłada go rządowi.",
        "Ministry of Finance",
        None,
        None,
        None,
    ),
    # a duty before the government; 'ma również za zadanie'
    (
        "Przewodniczący komitetów ludowych prowincji Quang Ninh i Hai Phong ponoszą "
        "pełną odpowiedzialność przed rządem za ewakuację mieszkańców.",
        "Provincial People's Committees",
        None,
        None,
        None,
    ),
    (
        "Ministerstwo Bezpieczeństwa Publicznego ma również za zadanie zwalczanie "
        "przemytu benzyny na granicy.",
        "Ministry of Public Security",
        None,
        None,
        None,
    ),
    # 'upoważnia' (the Government Office as 'Kancelaria Rządowa')
    (
        "Wicepremier podsumował spotkanie. Upoważnia Kancelarię Rządową do wydania "
        "zawiadomienia o wnioskach ze spotkania.",
        "Government Office",
        None,
        None,
        None,
    ),
    # 'Bank Państwowy' alone
    (
        "Bank Państwowy jest zobowiązany do kontrolowania kursu walutowego. Agencja ta "
        "musi co tydzień składać premierowi raporty o rynku walutowym.",
        "State Bank of Vietnam",
        None,
        None,
        None,
    ),
    # 'ma on zostać przedstawiony': the body named before
    (
        "Ministerstwo Edukacji i Szkolenia przygotowuje program nauczania języka "
        "angielskiego; ma on zostać przedstawiony premierowi w czerwcu 2026 r.",
        "Ministry of Education and Training",
        ("2026-06", "in"),
        None,
        None,
    ),
    # the present of a directing verb
    (
        "Ministrowie obrony narodowej i bezpieczeństwa publicznego nakazują siłom "
        "zbrojnym przygotowanie sprzętu ratowniczego.",
        "Armed forces",
        None,
        None,
        None,
    ),
    # a meeting of ministers chaired: the chair keeps the floor (no addressee after it)
    (
        "Wicepremier Tran Hong Ha przewodniczył spotkaniu ministrów w sprawie powodzi. "
        "Ministerstwo Budownictwa musi pilnie naprawić drogi.",
        "Ministry of Construction",
        None,
        None,
        "Tran Hong Ha",
    ),
    # a document conveying an official's guidance gives the official the floor
    (
        "Kancelaria Rządu wydała dokument przekazujący wytyczne wicepremiera Ho Duc "
        "Phoca w sprawie cen paliw. Ministerstwo Przemysłu i Handlu musi zapewnić "
        "dostawy benzyny.",
        "Ministry of Industry and Trade",
        None,
        None,
        "Ho Duc Phoc",
    ),
]

NEGATIVE = [
    "W ubiegłym roku Ministerstwo Finansów zebrało ponad 2 biliardy VND z podatków i opłat.",
    "Eksport ryżu w pierwszych dziewięciu miesiącach 2025 r. wzrósł o 12 proc. w "
    "porównaniu z analogicznym okresem ubiegłego roku.",
    "Według prognoz Banku Światowego wzrost PKB Wietnamu w 2026 r. wyniesie 6,5 proc.",
    "Stowarzyszenie Eksporterów Owoców wezwało rząd do obniżenia opłat portowych.",
    "Ministerstwo Budownictwa ukończyło w tym roku ponad 3000 km autostrad.",
    "Nowa linia metra musi być bezpieczna i wygodna dla pasażerów.",
    "Dekret nr 168/2024/ND-CP w sprawie kar administracyjnych za wykroczenia w ruchu drogowym",
    "Plan działania rządu na rzecz transformacji cyfrowej do 2030 r.",
    "Ministerstwo Zdrowia ma 20 departamentów i agencji podległych.",
    "Ceny ryżu mają wzrosnąć w przyszłym miesiącu z powodu suszy.",
    "Prowincja Lao Cai ma ponad 1,7 mln mieszkańców i graniczy z Chinami.",
    "Eksperci przewidują, że Państwowy Bank Wietnamu obniży stopy procentowe w przyszłym roku.",
    "W 2024 r. policja prowincji Nghe An rozbiła 120 gangów narkotykowych.",
    "Liczba turystów zagranicznych w 2026 r. wzrośnie o 20 proc.",
    "Ministerstwo Przemysłu i Handlu poinformowało, że import benzyny wzrósł o 5 proc.",
    "Hanoi będzie gospodarzem szczytu ASEAN w przyszłym roku.",
    "Rząd przyjął rezolucję nr 01/NQ-CP w sprawie głównych zadań na 2026 r.",
    "Premier Pham Minh Chinh odwiedził port Lach Huyen i spotkał się z robotnikami.",
    "Ministerstwo Finansów przedstawiło raport o wykonaniu budżetu za trzy kwartały.",
    "Wielu mieszkańców poprosiło władze lokalne o pomoc w odbudowie domów po powodzi.",
    "Ministerstwo Budownictwa przyspieszyło prace na odcinku autostrady Can Tho – Ca Mau.",
    "Jeśli Ministerstwo Finansów obniży podatek VAT, ceny towarów spadną.",
    "Projekt w prowincji Lao Cai został ukończony w ubiegłym miesiącu.",
    "Konferencja ma się odbyć w Hanoi 20 listopada 2025 r.",
    "Przedsiębiorcy mają nadzieję, że rząd uprości procedury celne.",
    "Mieszkańcy prowincji Quang Ngai odbudowali domy zniszczone przez tajfun.",
    "Ministerstwo Spraw Zagranicznych ma swoje przedstawicielstwa w ponad 90 krajach.",
    "Bank Światowy zapewni Wietnamowi pożyczkę w wysokości 500 mln USD.",
    "W 2025 r. Ministerstwo Przemysłu i Handlu zorganizowało ponad 50 targów handlowych.",
    "Ministerstwo Edukacji i Szkolenia ma nadzieję, że liczba studentów wzrośnie.",
    "Deficyt budżetowy ma wynieść 3,8 proc. PKB w 2026 r.",
    "Według Departamentu Ceł eksport w listopadzie 2025 r. osiągnie 40 mld USD.",
    "Firmy transportowe zwróciły się do Ministerstwa Budownictwa o obniżenie opłat drogowych.",
    "Rolnicy z delty Mekongu zaapelowali do władz lokalnych o wsparcie w walce z suszą.",
    "Dochody z turystyki w Khanh Hoa wzrosły o 30 proc. w ciągu dziesięciu miesięcy.",
    "Ustawa o podatku dochodowym od osób prawnych (zmieniona)",
    "Policja prowincji Lao Cai zatrzymała wczoraj trzech podejrzanych o przemyt.",
    "Analitycy oczekują, że Ministerstwo Finansów obniży podatek VAT od przyszłego roku.",
    "Państwowy Bank Wietnamu ma siedzibę w Hanoi.",
    "Wietnam ma stać się krajem o wysokich dochodach do 2045 r. – głosi strategia.",
    "Ministerstwa i resorty mają wiele zadań do wykonania.",
    "Dzięki wsparciu Ministerstwa Finansów przedsiębiorstwa obniżą koszty produkcji.",
    "Decyzja Ministerstwa Finansów obniży koszty prowadzenia działalności dla małych firm.",
    "Nowe przepisy Ministerstwa Budownictwa uproszczą procedury uzyskiwania pozwoleń.",
    "Projekt Państwowego Banku Wietnamu ma poprawić dostęp do kredytów dla rolników.",
    "Program Ministerstwa Edukacji i Szkolenia ma pomóc uczniom z obszarów górskich.",
    "Ministerstwo Przemysłu i Handlu przewiduje, że eksport wzrośnie o 10 proc.",
    "Ministerstwo Finansów ma nadzieję, że inwestorzy zagraniczni zwiększą nakłady.",
    "Autostrada, którą zbuduje Ministerstwo Budownictwa, połączy Hanoi z Lang Son.",
    "Policja nie ma jeszcze informacji o przyczynach wypadku.",
    "W 2024 r. policja zatrzymała ponad 300 osób podejrzanych o oszustwa internetowe.",
    "Rząd ma większość w Zgromadzeniu Narodowym.",
    "Mieszkańcy Hanoi mają dostęp do ponad 200 linii autobusowych.",
    "Turyści z Europy mają wjechać do Wietnamu bez wiz od przyszłego roku.",
    "Czy Ministerstwo Finansów obniży podatek od paliw? Tego jeszcze nie ogłoszono.",
    "Ministerstwo Budownictwa zakończyło budowę obwodnicy w 2024 r.",
    "Minister Finansów Nguyen Van Thang przypomniał, że w 2024 r. dochody budżetowe "
    "wzrosły o 15 proc.",
    "Według raportu Ministerstwa Przemysłu i Handlu eksport do UE wzrośnie w 2026 r.",
    "Wietnamska Grupa Energetyczna poinformowała, że produkcja energii wzrosła o 8 proc.",
    "Rozporządzenie w sprawie zasad przyznawania stypendiów studentom",
    "Obywatele zwrócili się do Komitetu Ludowego miasta Hanoi o naprawę drogi.",
    "Delegacja prowincji Lao Cai odwiedziła Japonię w ubiegłym tygodniu.",
    "Inwestycja Petrovietnamu zapewni ponad 2000 miejsc pracy w prowincji Quang Ngai.",
    "Policja prosi o kontakt osoby, które widziały wypadek.",
    "Projekt, który ma zostać przedstawiony Zgromadzeniu Narodowemu, dotyczy podatku VAT.",
    "Ministerstwo Zdrowia koncentruje się na cyfryzacji szpitali.",
    "Sytuacja na rynku wymaga, aby banki obniżyły marże.",
    "Raport podsumowuje:\n(3) W 2024 r. eksport wzrósł o 10 proc.",
    "Inwestorzy proszą Ministerstwo Finansów o obniżenie podatków.",
    "Ministerstwo Finansów nadal jest największym wierzycielem przedsiębiorstw państwowych.",
]


@pytest.mark.parametrize(("text", "actor", "deadline", "decree", "directed_by"), POSITIVE)
def test_commitment(text, actor, deadline, decree, directed_by):
    found = obligations(text)
    mine = [o for o in found if o.actor == actor]
    assert mine, f"no commitment of {actor!r}: {[o.actor for o in found]}"
    o = mine[0]
    if deadline != ANY:
        got = (o.deadline.value, o.deadline.relation) if o.deadline else None
        assert got == deadline
    assert o.decree == decree
    assert o.directed_by == directed_by


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_commitment(text):
    assert [(o.actor, o.action) for o in obligations(text)] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # police as the addressee, in any case, with or without its place
        ("nakazał policji we wszystkich miejscowościach", ["Police", "Localities"]),
        ("Policja prowincji Nghe An musi", ["Nghe An Provincial Police"]),
        # "resort" for a ministry
        ("Resort spraw zagranicznych wzmocni", ["Ministry of Foreign Affairs"]),
        ("zwrócił się do resortu finansów", ["Ministry of Finance"]),
        # the plural of provincial People's Committees is the generic plural body
        ("komitety ludowe prowincji muszą", ["Provincial People's Committees"]),
        ("Komitet Ludowy prowincji Khanh Hoa", ["Khanh Hoa Provincial People's Committee"]),
        # foreign and local governments are not the Government of Vietnam
        ("Rząd Japonii zapewni pomoc", []),
        ("uczestnictwa rządu syryjskiego w komisji", []),
        ("lokalne rządy", []),
        ("Rząd zobowiązuje się", ["Government"]),
        # a place named in the locative is where, not who
        ("w prowincji Lao Cai trwa budowa", []),
    ],
)
def test_actor_forms(text, names):
    assert [a.name for a in find_actors(text, "pl")] == names


def test_reference_to_the_body_before():
    """'Agencja ta musi…' stands for the body of the sentence before."""
    found = obligations(
        "Bank Państwowy jest zobowiązany do kontrolowania kursu walutowego. Agencja ta musi co "
        "tydzień składać premierowi raporty o rynku walutowym."
    )
    assert [o.actor for o in found] == ["State Bank of Vietnam", "State Bank of Vietnam"]


def test_addressee_of_a_directive_is_no_speaker():
    """An official in the dative after 'polecił' is told what to do: he does not take the
    floor for the directives that follow."""
    found = obligations(
        "Premier polecił wicepremierowi Tran Hong Ha, aby nadzorował Ministerstwo Budownictwa. "
        "Szefowie miejscowości powinni przyspieszyć oczyszczanie terenu."
    )
    assert [(o.actor, o.directed_by) for o in found] == [
        ("Ministry of Construction", None),
        ("Localities", None),
    ]
