"""Ten short articles written for the editor's journey (not from any corpus):
each names its province, a date, a yearly figure or two, often a ceremony
with its guests and an award."""

ARTICLES = {
    "01-ha-nam-tong-ket.txt": """Bưu điện tỉnh Hà Nam tổng kết năm 2021

Ngày 28/12/2021, Bưu điện tỉnh Hà Nam tổ chức hội nghị tổng kết công tác năm 2021. Dự hội nghị có đồng chí Phạm Quang Huy, Phó Tổng Giám đốc Tổng công ty Bưu điện Việt Nam và đồng chí Lê Văn Bình, Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Nam.

Năm 2021, tổng doanh thu của đơn vị đạt 314 tỷ đồng, tăng 103% so với năm trước.

Dịp này, Bưu điện tỉnh Hà Nam được Bộ Thông tin và Truyền thông tặng Bằng khen vì thành tích năm 2021.
""",
    "02-ninh-binh-ke-hoach.txt": """Bưu điện tỉnh Ninh Bình triển khai kế hoạch năm 2022

Ngày 05/01/2022, Bưu điện tỉnh Ninh Bình tổ chức hội nghị triển khai kế hoạch kinh doanh năm 2022. Dự hội nghị có đồng chí Trần Đức Thắng, Giám đốc Bưu điện tỉnh Ninh Bình.

Năm 2021, tổng doanh thu của đơn vị đạt hơn 198 tỷ đồng, tăng 12,4% so với năm trước.

Năm 2022, Bưu điện tỉnh phấn đấu tổng doanh thu đạt 220 tỷ đồng.
""",
    "03-thai-binh-doanh-thu.txt": """Bưu điện tỉnh Thái Bình vượt kế hoạch doanh thu

Ngày 20/12/2020, Bưu điện tỉnh Thái Bình tổ chức hội nghị tổng kết năm 2020.

Năm 2020, tổng doanh thu của đơn vị đạt 176 tỷ đồng, tăng 9,2% so với năm trước.
""",
    "04-nam-dinh-co-thi-dua.txt": """Bưu điện tỉnh Nam Định đón nhận Cờ thi đua

Ngày 15/03/2021, Bưu điện tỉnh Nam Định tổ chức lễ đón nhận Cờ thi đua của Bộ Thông tin và Truyền thông.

Năm 2020, tổng doanh thu của đơn vị đạt 231 tỷ đồng.

Bưu điện tỉnh Nam Định được Bộ Thông tin và Truyền thông tặng Cờ thi đua năm 2020.
""",
    "05-hung-yen-thu-nhap.txt": """Bưu điện tỉnh Hưng Yên chăm lo đời sống người lao động

Ngày 10/01/2022, Bưu điện tỉnh Hưng Yên tổ chức hội nghị người lao động năm 2022.

Năm 2021, tổng doanh thu của đơn vị đạt 164 tỷ đồng, tăng 7,5% so với năm trước.
""",
    "06-vinh-phuc-tong-ket.txt": """Bưu điện tỉnh Vĩnh Phúc tổng kết năm 2022

Ngày 27/12/2022, Bưu điện tỉnh Vĩnh Phúc tổ chức hội nghị tổng kết năm 2022. Dự hội nghị có đồng chí Nguyễn Thị Lan, Phó Tổng Giám đốc Tổng công ty Bưu điện Việt Nam.

Năm 2022, tổng doanh thu của đơn vị đạt 245 tỷ đồng, tăng 11,3% so với năm trước.
""",
    "07-phu-tho-ke-hoach.txt": """Bưu điện tỉnh Phú Thọ đặt mục tiêu năm 2023

Ngày 06/01/2023, Bưu điện tỉnh Phú Thọ tổ chức hội nghị triển khai kế hoạch năm 2023.

Năm 2022, tổng doanh thu của đơn vị đạt 187 tỷ đồng.

Năm 2023, Bưu điện tỉnh phấn đấu tổng doanh thu đạt 205 tỷ đồng.
""",
    "08-hai-duong-bang-khen.txt": """Bưu điện tỉnh Hải Dương nhận Bằng khen

Ngày 18/04/2022, Bưu điện tỉnh Hải Dương tổ chức lễ đón nhận Bằng khen.

Bưu điện tỉnh Hải Dương được Ủy ban nhân dân tỉnh Hải Dương tặng Bằng khen vì thành tích năm 2021.
""",
    "09-bac-ninh-doanh-thu.txt": """Bưu điện tỉnh Bắc Ninh tăng trưởng mạnh

Ngày 22/12/2021, Bưu điện tỉnh Bắc Ninh tổ chức hội nghị tổng kết năm 2021.

Năm 2021, tổng doanh thu của đơn vị đạt 268 tỷ đồng, tăng 15,1% so với năm trước.
""",
    "10-quang-ninh-tong-ket.txt": """Bưu điện tỉnh Quảng Ninh tổng kết năm 2020

Ngày 29/12/2020, Bưu điện tỉnh Quảng Ninh tổ chức hội nghị tổng kết năm 2020.

Năm 2020, tổng doanh thu của đơn vị đạt 295 tỷ đồng, tăng 8,8% so với năm trước.
""",
}
