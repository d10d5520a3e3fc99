## The body vocabulary: the names people read for the parts of the body, the kinds of
## exercise, the positions and the equipment. Shown alone (a check-in row, a checkbox in the
## settings, a table of the report) and inside sentences ("Your { $area } has been tense this
## week."), so write each as a noun phrase that fits after "your" where the language needs
## it. The ids' last part is the name in the config file and history: never translated.

# Parts of the body (check-in rows, focus areas in the settings, the report's table, advice).
region-neck = 首
region-shoulders = 肩
region-upper_back = 背中の上部
region-lower_back = 腰
region-chest = 胸
region-hips = 股関節まわり
region-wrists = 手首と前腕
region-legs = 脚
region-eyes = 目
region-whole_body = 全身

# Kinds of exercise (the exercise list, the plan of the day).
kind-stretch = ストレッチ
kind-mobility = ほぐし体操
kind-self_massage = セルフマッサージ
kind-posture = 姿勢
kind-breathing = 呼吸
kind-walk = ウォーキング
kind-hydration = 水分補給
kind-eyes = 目の休息

# Positions an exercise is done in (checkboxes in the settings: "Positions you are happy
# to take").
position-seated = 座って
position-standing = 立って
position-wall = 壁で
position-floor = 床で

# Equipment an exercise needs (checkboxes in the settings: "What you have at hand").
# ball: a tennis or massage ball; strap: a strap or a towel.
equipment-ball = ボール
equipment-foam_roller = フォームローラー
equipment-wall = 壁
equipment-chair = 椅子
equipment-strap = ストラップ
equipment-heat_pack = ホットパック
equipment-cold_pack = 保冷剤
equipment-water = 水

# A list of several body parts: "首、肩と胸". $first: all but the last,
# joined by vocabulary-list-separator; $last: the last one.
vocabulary-list-and = { $first }と{ $last }
# Between the names of $first above (a comma and a space in English; 「、」 in Japanese).
vocabulary-list-separator = {"、"}
