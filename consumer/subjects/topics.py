"""IPTC Media Topic top-level codes and the cue lexicon that files a story under them.

The lexicon lists, per topic, the words and phrases an editor would file a story under:
the vocabulary of a class of stories (markets, elections, matches, storms, trials...),
never the words of one page. Each line is ``weight: cue cue cue``:

- ``word`` matches that word exactly (case-insensitive, a possessive "'s" dropped);
  ``word*`` matches every word that starts with the stem (``evacuat*``: evacuate,
  evacuated, evacuation). A word takes its exact entry, else its longest stem.
- ``two_words`` (or ``two-words``) is a phrase: consecutive words joined only by spaces or
  hyphens, the last of which may be a stem (``air_strike*``). A phrase wins over the words it
  covers, which is how a word is disambiguated by its neighbours: ``trade_war`` is economy,
  and its "war" is then not read as armed conflict; ``heart_attack`` is health.
- ``~word`` is a common word that is also a name when capitalised (a forward named Rain, a
  team called the Storm, a singer called Snow): capitalised inside a sentence it is not
  evidence. A named storm ("Storm Ciara") is a capitalised "Storm" followed by a name.

``NEUTRAL`` phrases are idioms that carry no topic but contain a cue word ("under fire",
"deal with", "the goal of", "state of the art"); they consume their words like any phrase.

Weights: 0.5-1 weak (a word shared with other topics or everyday use), 2 typical, 3
specific (an editor would file the story here on that word alone). A cue may count for
several topics (``fire_weather`` is weather and disaster).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Topic:
    code: str
    label: str
    lexicon: str


TOPICS: tuple[Topic, ...] = (
    Topic(
        "medtop:01000000",
        "arts, culture, entertainment and media",
        """
        3: film films filmmaker* movie* cinema* box_office hollywood bollywood actor actors actress*
           album albums singer* songwriter* musician* concert concerts opera operas
           theatre theatres theater theaters playwright* novelist* literature literary artwork*
           science_fiction sci-fi anime manga reality_tv reality_show* talent_show* orchestra
           orchestras orchestral
           sculpt* documentary documentaries sequel* screenplay* grammy* emmy* oscar oscars
           golden_globe* entertainment showbiz comedian* rapper* hip_hop choreograph*
           record_label* pop_star* rock_band* tv_series tv_show* television_series talk_show*
           journalism press_freedom calligraph* ballet museum museums music_industry hit_single*
           newsroom* news_industry
           film_festival* art_exhibition* cultural_heritage cultural_relic* star_wars
        2: song songs music musical musicals artist artists painting paintings painter* poet poets
           poetry novel novels drama dramas premiere premieres celebrit* broadcaster* journalist*
           newspaper* magazine* television tv netflix spotify podcast* studio studios lyric*
           cultural heritage exhibition exhibitions gallery galleries dancer* dancing band bands
           performer* episode episodes social_media author authors authored book books
           bestsell* publisher publishers archaeolog* relics antique* curator* masterpiece*
           copyright* media_outlet* news_outlet* streaming_service* fact-check* misinformation
           fiction paperback* animation cartoon* comic comics ~jazz local_news news_business
           news_media print_edition*
        1.5: writer writers architecture architect architects
        1: ~art arts culture festival festivals media broadcast* radio star stars fans audience*
           viewers fame famous instagram youtube tiktok twitter facebook tweet* blog blogger*
           influencer* awards award_ceremony red_carpet readers animated fantasy
        """,
    ),
    Topic(
        "medtop:02000000",
        "crime, law and justice",
        """
        3: crime crimes criminal criminals murder* homicide* robber* burglar* theft thefts thief
           thieves fraud* embezzl* brib* launder* smuggl* traffick* prosecutor* prosecut* indict*
           convict* sentenced jail* prison* inmate* lawsuit* verdict* acquit* guilty jury juries
           arrested arrest arrests kidnap* extradit* gang gangs gangster* cartel cartels
           drug_traffick* drug_dealer* drug_smuggl* drug_seizure* drug_bust* illegal_drug*
           war_on_drugs narcotic* fentanyl heroin cocaine methamphetamine meth gunman gunmen
           stabbed stabbing stabbings shot_dead mass_shooting* law_enforcement scam scams
           scammer* counterfeit* police_officer* supreme_court rape raped rapist*
           sexual_assault* manslaughter felony felonies misdemeanor* parole plea_deal
           death_penalty defendant* plaintiff* litigation forensic* cybercrime* fbi interpol
           sex_trafficking sex_offender* pedophil* paedophil* abduct* felon ransom
        2: police policeman policemen policewoman court courts judge judges judicial lawyer*
           attorney* sued suing ~sue seiz* corrupt* custody investigat* probe probes
           detective* charged_with border_patrol crackdown* abuse abused victims detained trial
           sentence confess* subpoena* data_breach* interior_ministry
           assault* vandal* piracy hacker* hacking deport* illicit drug_war fined hijack*
           impunity massacre*
        1.5: illegal*
        1: law laws legal lawful justice ruling ruled charges charged accused allegation* alleged*
           regulator* offence* offense* penalty penalties victim violence violent drugs
           shooting shootings gun guns gunfire gunshot* antitrust open_fire opened_fire
           border_security trials sentences captive testimony testified
        """,
    ),
    Topic(
        "medtop:03000000",
        "disaster, accident and emergency incident",
        """
        3: earthquake* quake quakes tremor* aftershock* tsunami* landslide* mudslide*
           wildfire* bushfire* forest_fire* house_fire* volcan* eruption* disaster* death_toll
           ~avalanche*
           evacuat* rescuer* firefighter* fire_brigade* fire_department* plane_crash* car_crash*
           train_crash* bus_crash* road_accident* traffic_accident* mine_accident*
           capsiz* shipwreck* search_and_rescue natural_disaster* state_of_emergency
           emergency_response explosion* power_outage* blackout* shutoff* gas_leak*
           oil_spill* chemical_spill* famine
        2: flood floods flooding flooded flash_flood* ~hurricane* ~typhoon* ~cyclone* ~tornado*
           accident accidents rescue rescued rescues survivor* blaze blazes ~fire ~fires
           catastroph* emergency emergencies casualt* collision* derail*
           debris missing_people people_missing relief_efforts relief_supplies disaster_relief
           fire_danger fire_weather fire_risk power_lines drought droughts killed_in
           injured_in storm_damage storm_surge*
        1: injured injuries killed dead deaths died damage damaged destroyed toll magnitude
           blast* sinking sank storm storms humanitarian collapse* ~flames
        1.5: crash crashes crashed
        """,
    ),
    Topic(
        "medtop:04000000",
        "economy, business and finance",
        """
        3: economy economies economic economically economist* gdp inflation deflation recession*
           stock_market* stock_exchange* shareholder* investor* wall_street nasdaq dow_jones
           interest_rate* central_bank* central_bank_governor monetary fiscal revenue revenues
           profit profits profitab* earnings dividend* valuation* ipo ipos merger* acquisition*
           tariff* trade_war* trade_talks trade_deal* trade_deficit* trade_surplus* trade_fair*
           trade_show* price_war* bidding_war* import imports exports exporter* importer*
           premarket stock stocks equities bond_market* treasury_yield* real_estate
           property_market* housing_market* mortgage* bankrupt* insolven* retail retailer*
           supply_chain* commodit* opec crude oil_price* gas_price* natural_gas energy_industry
           energy_sector e-commerce ecommerce fintech chief_financial_officer per_share
           market_share market_cap* market_value bullish bearish traders trader hedge_fund*
           private_equity venture_capital* financing yuan renminbi exchange_rate* forex
           brokerage* investment investments invest invests invested investing economic_growth
           gross_domestic_product consumer_spending consumer_prices purchasing_manager*
           nuclear_power nuclear_plant* nuclear_energy power_plant* power_station* power_grid*
           energy_company energy_companies fund_manager* asset_manage* initial_public_offering
           market_crash* stock_price* nikkei kospi hang_seng shanghai_composite ftse dow capitalism
        2: business businesses businessman businessmen businesswoman entrepreneur* startup*
           industrial manufactur* sales financial finance finances bank banks banking banker*
           loan loans lending lender* debt debts currency currencies utility utilities trade
           trading traded shares share_price* subsid* tax taxes taxation taxpayer* budget
           budgets quarterly fourth_quarter third_quarter second_quarter first_quarter
           fiscal_year dollar dollars ~euro euros yen ~sterling exporting importing commerce
           agricultur* farmer* farming crop crops harvest* grain livestock steel coal iron_ore
           copper aluminum aluminium oil gas_field* auto_industry automaker* carmaker*
           property_developer* listed_compan* economic_recovery consumption insurer* insurance
           reinsur* wholesale record_label* expo expos bonds black_friday cyber_monday shoppers
           brent wti equity coal_mine* holiday_shopping sedan* suv suvs hatchback* crossovers
           auto_show* motor_show* car_show* dealership* car_dealer* model_year horsepower
           carmaking automaking car_sales vehicle_sales auto_sales
        1.5: market markets corporat* enterprise* industry industries stake stakes ~price prices
           pricing consumer consumers factory factories electricity airline* ceo ceos
           chief_executive* barrel barrels
        1: company companies firm firms customer* brand brands marketing sale sold commercial
           output production productivity contract contracts acquire* acquired fund funds
           funding shopping logistics shipping inventory inventories growth infrastructure
           income incomes wealth wealthy deal deals analysts industrial_park*
           industrial_revolution sponsor* discount* shop shops store stores venture ventures
           index indexes indices benchmark energy
        0.5: sports_car* sports_coupe* sports_sedan* sports_wagon* sport_utility* sports_utility*
        0.5: demand supply costs cost spending pipeline* guidance recovery
        """,
    ),
    Topic(
        "medtop:05000000",
        "education",
        """
        3: school schools schooling schoolchildren student students pupil* teacher* teaching
           educat* curricul* kindergarten* classroom* homework tuition gaokao exams graduation
           scholarship* literacy vocational_training primary_school* secondary_school*
           high_school* middle_school* university_student* college_student* ministry_of_education
           education_ministry enrol* enroll* undergraduate* postgraduate*
        2: university universities college colleges campus campuses exam graduate graduates
           academic academics lecture* diploma* semester* textbook* learners preschool* tutoring
           tutor tutors headmaster* dean study_abroad
        1: academy professor professors scholar scholars learning principal examination*
        """,
    ),
    Topic(
        "medtop:06000000",
        "environment",
        """
        3: pollut* climate_change global_warming greenhouse greenhouse_gas* carbon_dioxide
           carbon_emission* carbon_neutral* carbon_neutrality low-carbon decarboni* biodivers*
           wildlife ecosystem* ecolog* environmental* environmentalist* deforest* reforest*
           afforest* wetland* endangered_species recycl* smog air_quality air_quality_index
           water_quality ozone net-zero paris_agreement paris_climate nature_reserve* conservationist*
           desertification emission emissions renewable_energy clean_energy solar_power
           wind_power wind_farm* wind_turbine* plastic_waste plastic_pollution climate
        2: environment carbon forest forests forestry species habitat* endangered extinct*
           conservation sustainab* renewable* solar sewage contaminat* glacier* coral ivory
           poach* green_development ecological_civilization energy-saving energy_conservation
           new_energy pesticide* soil_erosion
        1: green natural_resources water_resources animals animal drought erosion garbage litter
           plastic plastics waste toxic electric_vehicle*
        """,
    ),
    Topic(
        "medtop:07000000",
        "health",
        """
        3: covid covid-19 coronavirus* pandemic* epidemic* vaccin* patient patients disease
           diseases illness* infection* infectious infected virus viruses cancer* tumor* tumour*
           diabet* obesity nurse nurses doctors physician* surgeon* medical medicine medicines
           medication* pharma* healthcare health_care public_health mental_health quarantin*
           lockdown* social_distancing confirmed_case* new_cases imported_case* asymptomatic
           contagio* antibod* flu influenza hiv malaria tuberculosis ebola measles polio dengue
           cholera outbreak* world_health_organization clinical_trial* novel_coronavirus
           health_commission* health_ministry ministry_of_health health_minister
           health_officials health_workers medical_workers epidemiolog* deworm* parasit*
           immuniz* immunis* alzheimer* dementia autism vaccine_candidate* nucleic_acid_test*
           tested_positive pneumonia plague transplant* intensive_care cardiac_arrest virologist*
           pathogen* vaccine_trial* cdc
        2: health hospital hospitals hospitali* doctor clinic clinics clinical symptom* diagnos*
           therap* surgery surgeries surgical drug drugs pharmacy pharmacies mortality dose
           doses immun* nutrition* medic medics face_mask* masks positive_test* health_risk*
           heart_disease heart_attack* disabilit* life_expectancy infections deaths_from
           ~fever cough coughing lung lungs bacteria bacterial ventilator* icu fda nih lancet bmj
        1: healthy mask sick died_of body_temperature temperature_check* fitness addiction
           smoking tobacco alcohol opioid* depression anxiety wellbeing well-being treatment*
           stroke strokes blood mosquito mosquitoes
        0.5: despite_covid* despite_the_covid* despite_the_pandemic despite_the_epidemic
           despite_the_coronavirus amid_covid* amid_the_covid* amid_the_pandemic amid_the_epidemic
           amid_the_coronavirus
        """,
    ),
    Topic(
        "medtop:08000000",
        "human interest",
        """
        3: centenarian* heartwarming quirky guinness_world_record*
        2: birthday* wedding* pet pets puppy puppies kitten* zoo zoos royal_family royal_wedding
           oldest_person viral_video* birthday_party
        1: anniversary hero heroes heroic prince princess queen celebrat* bizarre family_reunion*
        """,
    ),
    Topic(
        "medtop:09000000",
        "labour",
        """
        3: unemploy* jobless* layoff* laid_off job_cuts job_losses trade_union* labor_union*
           labour_union* union_members union_leader* collective_bargaining minimum_wage wages
           wage salary salaries workforce walkout* picket* on_strike went_on_strike
           general_strike strike_action striking_workers labor_market* labour_market*
           labor_shortage* labour_shortage* job_market* job_seeker* jobseeker* employment_rate
           unemployment_rate hiring_freeze gig_economy retirement_age labor_law* labour_law*
           workers_rights overtime_pay better_pay pay_rise* pay_raise* pay_increase* higher_pay
           equal_pay pay_gap pay_cut* furlough* severance unemployment_benefit*
        2: employment employee employees employer* hiring hire hired ~jobs worker workers
           ~labor ~labour labourer* laborer* ~union unions job_creation new_jobs staff_cuts
           pension* workplace* occupational redundanc*
        1: job staff staffers retire retired retirement recruit* strike strikes
        """,
    ),
    Topic(
        "medtop:10000000",
        "lifestyle and leisure",
        """
        3: tourism tourist tourists sightseeing vacation* holidaymaker* recipe* cuisine* chef
           chefs restaurant* fashion* leisure hobby hobbies gardening yoga lifestyle homestay*
           scenery scenic hiking hiker* camping video_game* videogame* gamer gamers gaming
           board_game* theme_park* amusement_park* cruise_ship* gameplay game_mechanic*
           game_developer* game_studio* indie_game* mobile_game* online_game* pc_game*
           computer_game* game_console* games_console* game_engine* olive_oil cooking_oil
           vegetable_oil coconut_oil sesame_oil whole_grain* whole-grain* poached_egg* teaspoon*
           tablespoon* tsp tbsp meal_plan* meal_prep* home_cook* cookbook*
        2: travel travels traveler* traveller* travelling traveling holiday holidays hotel hotels
           resort resorts dining cooking wine wines beer coffee cafe cafes shopping makeup
           skincare wellness fitness gym gyms outdoor outdoors landscape landscapes trekking park
           parks national_park* console consoles playstation xbox nintendo toy toys casino*
           lottery foliage spring_festival workout* black_friday cyber_monday halloween
           parenting dating holiday_season ingredient* baking
           road_trip* test_drive*
        1: garden gardens food foods dish dishes beauty cosmetic* visitors visitor tour tours fun
           game games
           deals discount* gift gifts christmas thanksgiving shoppers wedding* snack*
        1.5: business_class economy_class first_class business-class economy_seat*
        """,
    ),
    Topic(
        "medtop:11000000",
        "politics",
        """
        3: election* elector* voter* ballot* poll polls polling pollster* referendum* parliament*
           lawmaker* legislat* senate senator* congressman congresswoman congressmen
           congressional presidential presidency prime_minister foreign_minister
           foreign_ministry foreign_policy diplomat* diplomacy ambassador* embassy embassies
           consulate* impeach* white_house kremlin downing_street state_council politburo
           communist_party ruling_party opposition_party political_party political_parties
           tory tories labour_party labour_leader conservative_party democratic_party
           republican_party democrats republicans political politics politician* geopolitic*
           multilateral* state_visit head_of_state heads_of_state sanction* campaign_trail
           campaign_rally* political_rally* re-election reelection incumbent* governorship
           mayoral coup government_policy government_policies policymaker* democracy democratic
           autocra* authoritarian* dictator* sovereignty separatis* secession*
           parliamentarian* mps cpc npc cppcc national_people's_congress political_arena
           presidential_race leadership_race senate_race mayoral_race primaries
           democratic_primary republican_primary presidential_debate* caucus* gop
           house_of_representatives speaker_of_the_house house_speaker secretary_of_state
           interior_minister interior_ministry
        2: government governments governmental minister ministers ministerial ministry ministries
           cabinet president premier governor governors mayor mayors vote votes voted voting
           candidate* party parties opposition coalition policy policies democrat* republican*
           conservative* liberal* legislation ~bill ~bills constitution* congress envoy*
           spokesperson spokesman spokeswoman treaty treaties alliance* territor* immigration
           asylum visa visas activist* protest protests protesters demonstrators statesman
           lobby* petition* hegemon* superpower* cold_war global_governance international_order
           multilateralism unilateralism power_politics hksar cross-strait taiwan_affairs
           liaison_office* state_department department_of_state regime summit summits bilateral
           united_nations general_assembly security_council nato g20 g7 brics apec asean
           arab_league central_government local_government* human_rights border_security
           political_landscape political_climate political_environment war_of_words front-runner
           foreign_affairs annex* international_law under_international_law
        1.5: defense_minister defence_minister defense_secretary defence_secretary
           defense_ministry defence_ministry ministry_of_national_defense ministry_of_defense
           health_minister health_ministry ministry_of_health ministry_of_education
           education_ministry
        1: negotiat* talks border borders immigrant* campaign campaigns administration reform*
           leader leaders chancellor rights freedom freedoms regulation* un culture_war*
           relations debate nominee* nomination endorse* subpoena* testimony testified
        0.5: official officials authorities cooperation
        """,
    ),
    Topic(
        "medtop:12000000",
        "religion",
        """
        3: church churches mosque* synagogue* cathedral* religio* pope vatican clergy priest*
           bishop* imam* rabbi* monk monks nun nuns buddhis* islam theolog* diocese* parish*
           worship* pilgrim* ramadan quran koran bible biblical christianity judaism hinduism
           sectarian blasphem*
        2: temple temples christian christians muslim muslims jewish jews hindu hindus
           faithful pray prayed praying prayer prayers spiritual* sacred holy god gods
           missionar* congregation* believers
        2: ~faith
        1: easter christmas
        """,
    ),
    Topic(
        "medtop:13000000",
        "science and technology",
        """
        3: scientist* scientific science sciences research_team researchers technolog* robot*
           artificial_intelligence algorithm* software computer* computing semiconductor*
           microchip* chipmaker* satellite* spacecraft space_station* outer_space space_agency
           nasa astronaut* lunar orbit* telescope* physics physicist* biolog* genom* genetic*
           gene genes dna laborator* experiment* quantum nanotech* prototype* 5g broadband
           telecom* wireless cyber* hackers hacking internet_of_things smartphone* self-driving
           autonomous_driving high-tech hi-tech tech_company tech_companies tech_giant*
           silicon_valley machine_learning deep_learning virtual_reality augmented_reality
           blockchain cloud_computing data_center* supercomputer* innovation* invention*
           inventor* patent patents engineering research_and_development space_exploration
           spaceflight rocket_launch* cyberattack* cyber_attack* operating_system* laptop*
           smartwatch* wearable* wi-fi wifi bluetooth gpu cpu encryption data_breach*
        2: researcher tech ai app apps internet digital digitali* device
           devices gadget* hardware processor* chip chips streaming ~rocket ~rockets drone drones
           4k usb android ios password* privacy
           users user fps frame_rate pixels graphics console consoles phone phones
           mobile_phone* website* launch_vehicle* engineer* nuclear_technology electric_vehicle*
           science_park* technology_park* bug bugs glitch* bug_fix* macbook* chromebook* ipad*
           iphone* keyboard* trackpad* touchscreen* touch_screen* gigabyte* terabyte*
        1: research study studies
        1: innovat* technical technique* platform platforms online cloud equipment google
           microsoft huawei instagram facebook twitter tiktok youtube industrial_revolution
        """,
    ),
    Topic(
        "medtop:14000000",
        "society",
        """
        3: poverty poverty_alleviation welfare social_welfare social_security social_services
           charity charities charitable philanthrop* nonprofit* non-profit homeless* inequalit*
           discriminat* racism racist racial lgbt* transgender same-sex gender_equality
           feminis* women's_rights civil_rights demograph* ageing_population aging_population
           migration refugee* orphan* child_abuse domestic_violence suicide* gay_rights
           abortion* social_issue* social_problem* cash_transfer* food_bank*
        2: social society societies community communities donation* donate* donor* volunteer*
           ngo ngos elderly senior_citizen* pensioner* migrant* population populations housing
           marriage* divorce* adoption disabled disabilit* hunger rural_areas villagers villager
           slum slums ~grant grants grantee* foundation foundations livelihood* culture_war*
           living_conditions quality_of_life
        1: children child kids youth women girls boys aid family families poor
           rural_revitalization neighborhood* neighbourhood* humanitarian human_rights
           wellbeing well-being immigrant* young_people better_life sanitation
        """,
    ),
    Topic(
        "medtop:15000000",
        "sport",
        """
        3: football soccer basketball baseball tennis golf golfer* cricket rugby hockey
           volleyball badminton table_tennis ping_pong swimm* athlet* olympic* paralympic*
           world_cup championship* tournament* semifinal* semi-final* quarterfinal*
           quarter-final* gold_medal* silver_medal* bronze_medal* teammate* goalkeeper*
           midfield* striker strikers quarterback* touchdown* inning* home_run* wicket*
           marathon* cyclist* racing_driver* grand_prix formula_one f1 nba nfl mlb nhl fifa uefa
           ioc premier_league champions_league super_league la_liga serie_a bundesliga playoff*
           play-off* postseason preseason referee* umpire* doping hat-trick hat_trick
           penalty_kick* penalty_shootout* shootout* wrestl* boxing boxer* judo karate
           taekwondo fencing gymnast* figure_skat* speed_skat* skiing skier* snowboard*
           equestrian* show_jumping dressage jockey* regatta triathlon* rowing rookie* mvp
           all-star coaches coached coaching head_coach sport sports sporting league leagues
           footballer* sprinter* esports e-sports snap_count* linebacker* cornerback*
           national_team scored_a_goal own_goal winning_goal horse_show* horse_racing trophy
           trophies nascar indycar motogp atp wta davis_cup grand_slam wimbledon triple-double
           backstroke breaststroke ncaa bobsled* luge biathlon ski_jumping freeski slalom halfpipe
           on_court hard_court clay_court grass_court tennis_court shooting_guard
        2: coach player players team teams squad squads match matches stadium*
           scored fixture* finals race races racing racer* champion champions fans defender*
           ski skat* sprint* club clubs interception* assists medal* olympiad
           training_session* freestyle qualifier* curling varsity
        1.5: game games
        1: play played playing defensive offensive attacking score scores scoring goal goals
           cup final title titles season seasons arena competition contest forwards horse
           horses rider riders victory defeat defeated beat beats win wins won winning sacks
           tackles strike strikes rebounds diving diver relay doubles singles medley
        """,
    ),
    Topic(
        "medtop:16000000",
        "conflict, war and peace",
        """
        3: war wars warfare wartime military militaries militar* militant* militia* troop*
           soldier* army armies navy naval air_force missile* warship* warhead* nuclear_weapon*
           nuclear_arsenal* weapon weapons weaponry arms_control arms_race arms_sale* combat*
           ceasefire cease-fire truce* peacekeep* insurgen* insurgent* rebel rebels terror*
           airstrike* air_strike* drone_strike* missile_strike* bomb bombs bombing* shelling
           invasion invade* occupation_forces defense_minister defence_minister
           defense_secretary defence_secretary defense_ministry defence_ministry
           ministry_of_national_defense ministry_of_defense pentagon military_drill*
           military_exercise* joint_exercise* war_games armed_forces armed_conflict*
           armed_group* civil_war genocide ethnic_cleansing peace_talks peace_process
           peace_agreement peace_deal* peace_treaty unrest riot riots rioters tear_gas teargas
           coup_attempt* paramilitar* guerrilla* hostage* landmine* war_crime* cruise_missile*
           ballistic* theater_command theatre_command people's_liberation_army pla
           disarmament nonproliferation non-proliferation nuclear_test* conflict_zone* jihad*
           islamic_state isis al-qaeda taliban
        2: peace attack attacks attacked violence skirmish* hostilit* armed
           arms defense defence national_security security_forces deterrence
           uprising* rebellion* refugee* humanitarian_crisis*
           humanitarian_crises nuclear intimidat* aggression provocat* militarization
           fighter* west_bank open_fire opened_fire extremis* radicali*
        1.5: conflict conflicts
        1: security killed dead battle battles enemy enemies tension tensions clash clashes
           protest protests protesters demonstrators
           threat threats threaten* drills patrol* deployment deploy deployed escalat* fighting
           peaceful revolution* coup humanitarian occupied occupation
        """,
    ),
    Topic(
        "medtop:17000000",
        "weather",
        """
        3: weather rainfall rainstorm* ~rain rains rainy raining rained rainless downpour*
           snowfall snowstorm* blizzard* thunderstorm* hailstorm* heatwave* heat_wave*
           cold_wave* cold_snap* humidity meteorolog* forecaster* weather_forecast*
           weather_service national_weather_service celsius fahrenheit precipitation drizzle
           monsoon* el_nino la_nina red_flag_warning* fire_weather tropical_storm*
           winter_storm* dry_spell* gusts gusting gusty wind_gusts
        2: ~snow snowy ~storm storms stormy hurricane* typhoon* cyclone* tornado* ~frost frosty
           ~fog foggy ~hail temperatures temperature humid sunny cloudy overcast winds windy
           ~breeze drought droughts mph ~lightning
        1: ~wind forecast forecasts ~heat sunshine freezing ~thunder
        """,
    ),
)

# Idioms with a cue word and no topic: they consume their words like any phrase.
NEUTRAL = """
    under_fire fire_back fired_back state_of_the_art peace_of_mind weather_the_storm
    weathered_the_storm storm_of_criticism took_by_storm take_by_storm taken_by_storm
    perfect_storm flood_of flooded_the_market rain_check heat_of_the_moment in_the_heat
    war_chest race_against_time human_race strike_a_deal struck_a_deal strike_a_balance
    struck_a_balance strikes_a_balance strike_a_chord struck_a_chord goal_of the_goal_is
    our_goal main_goal goals_of development_goals game_changer end_game long_game
    team_of team_of_experts match_the matched_by play_a_role played_a_role plays_a_role
    playing_a_role play_a_part key_player major_player market_player* industry_player*
    level_playing_field business_environment market_environment investment_environment
    security_environment operating_environment economic_environment international_environment
    social_environment external_environment business_climate investment_climate
    economic_climate media_landscape competitive_landscape last_resort court_of_public_opinion
    at_stake deal_with deals_with dealing_with dealt_with under_the_guidance inspection_tour
    third_party conflict_of_interest conflicts_of_interest in_charge the_final_say final_decision
    final_say season_of trial_run* trial_basis on_a_trial_basis trial_operation*
"""
