"""Vietnamese commitments on policy topics other than health (transport, finance and taxes,
banking, environment, agriculture, energy, police, justice, social insurance, tourism,
digital transformation, education, land, housing, trade, customs, disasters, foreign
affairs, administrative reform, local government): who must act, by when, under which
document, directed by whom, as a journalist would check them. Sentences written for these
tests, in the style of Vietnamese policy news."""

from __future__ import annotations

import pytest

from pipeline.article.obligations import find_obligations
from pipeline.article.step import extract_article
from pipeline.ids import sha256_hex
from pipeline.records import Article


def obligations(text: str):
    article = Article(sha256_hex(text)[:16], "test", text, sha256_hex(text), lang="vi")
    return find_obligations(article, extract_article(article))


# (text, actor, (deadline value, relation) or None, decree or None, directed_by or None)
POSITIVE = [
    (
        (
            "Phó Thủ tướng Trần Hồng Hà giao Bộ Xây dựng chủ trì, phối hợp với UBND TP Hà Nội hoàn "
            "thành báo cáo nghiên cứu khả thi tuyến đường sắt đô thị số 5 trước ngày 30/6/2026."
        ),
        "Ministry of Construction",
        ("2026-06-30", "before"),
        None,
        "Tran Hong Ha",
    ),
    (
        (
            "Sở Giao thông vận tải TP Hồ Chí Minh được giao nghiên cứu phương án tổ chức lại giao "
            "thông quanh sân bay Tân Sơn Nhất, báo cáo UBND Thành phố trước ngày 20/12/2025."
        ),
        "Ho Chi Minh Department of Construction",
        ("2025-12-20", "before"),
        None,
        None,
    ),
    (
        (
            "Tổng công ty Cảng hàng không Việt Nam (ACV) cam kết đưa nhà ga hành khách sân bay "
            "Long Thành vào khai thác trong năm 2026."
        ),
        "Airports Corporation of Vietnam",
        ("2026", "in"),
        None,
        None,
    ),
    (
        (
            "Thủ tướng yêu cầu Tổng công ty Đường sắt Việt Nam bảo đảm an toàn chạy tàu dịp Tết "
            "Nguyên đán."
        ),
        "Vietnam Railways",
        None,
        None,
        None,
    ),
    (
        (
            "Bộ Tài chính được giao chủ trì xây dựng dự thảo Nghị định sửa đổi quy định về lệ phí "
            "trước bạ, trình Chính phủ trước ngày 31/3/2026."
        ),
        "Ministry of Finance",
        ("2026-03-31", "before"),
        None,
        None,
    ),
    (
        (
            "Cục Thuế phải hoàn thành việc hoàn thuế giá trị gia tăng cho doanh nghiệp xuất khẩu "
            "chậm nhất ngày 31/1/2026."
        ),
        "Tax Department",
        ("2026-01-31", "by"),
        None,
        None,
    ),
    (
        (
            "Bộ Tài chính sẽ trình Quốc hội dự án Luật Thuế thu nhập cá nhân (sửa đổi) tại kỳ họp "
            "thứ 10."
        ),
        "Ministry of Finance",
        None,
        None,
        None,
    ),
    (
        (
            "Kho bạc Nhà nước có trách nhiệm thanh toán kịp thời vốn đầu tư công cho các dự án "
            "trọng điểm."
        ),
        "State Treasury",
        None,
        None,
        None,
    ),
    (
        (
            "Thủ tướng Phạm Minh Chính yêu cầu Ngân hàng Nhà nước Việt Nam điều hành chính sách "
            "tiền tệ chủ động, linh hoạt, giữ ổn định tỷ giá."
        ),
        "State Bank of Vietnam",
        None,
        None,
        "Pham Minh Chinh",
    ),
    (
        (
            "Ngân hàng Nhà nước sẽ tiếp tục chỉ đạo các tổ chức tín dụng giảm lãi suất cho vay "
            "trong quý I/2026."
        ),
        "State Bank of Vietnam",
        None,
        None,
        None,
    ),
    (
        (
            "Bộ Nông nghiệp và Môi trường phải hoàn thành việc kiểm kê khí nhà kính cấp quốc gia "
            "trong năm 2026."
        ),
        "Ministry of Agriculture and Environment",
        ("2026", "in"),
        None,
        None,
    ),
    (
        (
            "UBND tỉnh Quảng Ninh chịu trách nhiệm xử lý dứt điểm tình trạng ô nhiễm tại vịnh Hạ "
            "Long."
        ),
        "Quang Ninh Provincial People's Committee",
        None,
        None,
        None,
    ),
    (
        (
            "Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp được phân công theo dõi diễn biến sạt lở "
            "bờ sông Tiền, báo cáo trước ngày 15/11/2025."
        ),
        "Dong Thap Department of Agriculture and Environment",
        ("2025-11-15", "before"),
        None,
        None,
    ),
    (
        (
            "Phó Thủ tướng Trần Hồng Hà đề nghị các bộ, ngành, địa phương khẩn trương gỡ thẻ vàng "
            "IUU cho thủy sản Việt Nam."
        ),
        "Ministries, agencies and localities",
        None,
        None,
        "Tran Hong Ha",
    ),
    (
        (
            "Các tỉnh ven biển phải hoàn thành việc lắp thiết bị giám sát hành trình cho tàu cá "
            "trước ngày 31/12/2025."
        ),
        "Provinces and cities",
        ("2025-12-31", "before"),
        None,
        None,
    ),
    (
        (
            "Tập đoàn Điện lực Việt Nam (EVN) phải bảo đảm cung ứng đủ điện cho sản xuất và sinh "
            "hoạt trong mùa khô năm 2026."
        ),
        "Vietnam Electricity",
        None,
        None,
        None,
    ),
    (
        (
            "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên giao Tập đoàn Công nghiệp - Năng lượng Quốc "
            "gia Việt Nam đẩy nhanh tiến độ dự án điện khí Lô B - Ô Môn."
        ),
        "Vietnam National Industry-Energy Group",
        None,
        None,
        "Nguyen Hong Dien",
    ),
    (
        (
            "Bộ Công Thương sẽ hoàn thành việc sửa đổi cơ chế mua bán điện trực tiếp trước tháng "
            "6/2026."
        ),
        "Ministry of Industry and Trade",
        ("2026-06", "before"),
        None,
        None,
    ),
    (
        (
            "Bộ trưởng Bộ Công an Lương Tam Quang chỉ đạo công an các địa phương đấu tranh quyết "
            "liệt với tội phạm lừa đảo trên không gian mạng."
        ),
        "Police",
        None,
        None,
        "Luong Tam Quang",
    ),
    (
        (
            "Công an TP Hà Nội sẽ xử lý nghiêm các trường hợp vi phạm nồng độ cồn trong dịp cuối "
            "năm."
        ),
        "Hanoi City Police",
        None,
        None,
        None,
    ),
    (
        (
            "Công an tỉnh Nghệ An có nhiệm vụ hoàn tất việc cấp căn cước cho người dân trước ngày "
            "31/12/2025."
        ),
        "Nghe An Provincial Police",
        ("2025-12-31", "before"),
        None,
        None,
    ),
    (
        (
            "Bộ Tư pháp chủ trì thẩm định dự thảo Luật, bảo đảm tiến độ trình Quốc hội.\n\nThủ "
            "tướng giao Bộ Tư pháp hoàn thiện hồ sơ dự án Luật Phá sản (sửa đổi) trước ngày "
            "10/2/2026."
        ),
        "Ministry of Justice",
        ("2026-02-10", "before"),
        None,
        None,
    ),
    (
        (
            "Tòa án nhân dân tối cao cần ban hành nghị quyết hướng dẫn áp dụng thống nhất pháp "
            "luật về án phí."
        ),
        "Supreme People's Court",
        None,
        None,
        None,
    ),
    (
        "Bảo hiểm xã hội Việt Nam phải chi trả lương hưu tháng 1/2026 trước Tết Nguyên đán.",
        "Vietnam Social Security",
        None,
        None,
        None,
    ),
    (
        (
            "Bộ Nội vụ được giao hướng dẫn các địa phương thực hiện chế độ bảo hiểm thất nghiệp "
            "mới từ ngày 1/1/2026."
        ),
        "Ministry of Home Affairs",
        None,
        None,
        None,
    ),
    (
        (
            "Bộ Văn hóa, Thể thao và Du lịch sẽ phối hợp với các địa phương xây dựng sản phẩm du "
            "lịch đêm."
        ),
        "Ministry of Culture, Sports and Tourism",
        None,
        None,
        None,
    ),
    (
        (
            "Phó Thủ tướng Mai Văn Chính yêu cầu Sở Du lịch Đà Nẵng đẩy mạnh quảng bá điểm đến tại "
            "các thị trường trọng điểm."
        ),
        "Da Nang Department of Tourism",
        None,
        None,
        "Mai Van Chinh",
    ),
    (
        (
            "Bộ Khoa học và Công nghệ phải đưa vào vận hành Cổng dịch vụ công quốc gia phiên bản "
            "mới chậm nhất trong tháng 3/2026."
        ),
        "Ministry of Science and Technology",
        ("2026-03", "by"),
        None,
        None,
    ),
    (
        (
            "Theo Kế hoạch số 02-KH/BCĐTW, các bộ, ngành, địa phương phải hoàn thành kết nối dữ "
            "liệu dân cư với cơ sở dữ liệu chuyên ngành trong quý II/2026."
        ),
        "Ministries, agencies and localities",
        ("2026-Q2", "in"),
        "02-KH/BCĐTW",
        None,
    ),
    (
        (
            "Sở Giáo dục và Đào tạo Hà Nội yêu cầu các trường học không thu các khoản ngoài quy "
            "định."
        ),
        "Schools",
        None,
        None,
        None,
    ),
    (
        (
            "UBND tỉnh Nghệ An có trách nhiệm hoàn thành giải phóng mặt bằng dự án đường ven biển "
            "trong quý I/2026."
        ),
        "Nghe An Provincial People's Committee",
        ("2026-Q1", "in"),
        None,
        None,
    ),
    (
        (
            "Theo Nghị định 102/2024/NĐ-CP, UBND cấp tỉnh phải công bố bảng giá đất mới trước ngày "
            "1/1/2026."
        ),
        "Provincial People's Committee",
        ("2026-01-01", "before"),
        "102/2024/NĐ-CP",
        None,
    ),
    (
        (
            "Thủ tướng yêu cầu UBND TP Hồ Chí Minh khởi công thêm ít nhất 10.000 căn nhà ở xã hội "
            "trong năm 2026."
        ),
        "Ho Chi Minh City People's Committee",
        ("2026", "in"),
        None,
        None,
    ),
    (
        "Bộ Xây dựng quyết tâm hoàn thành mục tiêu 100.000 căn nhà ở xã hội trong năm 2025.",
        "Ministry of Construction",
        ("2025", "in"),
        None,
        None,
    ),
    (
        (
            "Cục Hải quan cần phối hợp chặt chẽ với lực lượng quản lý thị trường kiểm soát hàng "
            "nhập lậu qua biên giới."
        ),
        "Customs Department",
        None,
        None,
        None,
    ),
    (
        (
            "Bộ Công Thương được giao chủ trì đàm phán nâng cấp Hiệp định thương mại tự do ASEAN - "
            "Trung Quốc."
        ),
        "Ministry of Industry and Trade",
        None,
        None,
        None,
    ),
    (
        (
            "Công điện số 180/CĐ-TTg yêu cầu UBND các tỉnh từ Thanh Hóa đến Quảng Ngãi chủ động sơ "
            "tán dân khỏi vùng nguy hiểm."
        ),
        "Provincial People's Committees",
        None,
        "180/CĐ-TTg",
        None,
    ),
    (
        (
            "Tỉnh Lào Cai phải di dời 500 hộ dân ra khỏi vùng có nguy cơ sạt lở trước ngày "
            "30/4/2026."
        ),
        "Lao Cai Province",
        ("2026-04-30", "before"),
        None,
        None,
    ),
    (
        (
            "Bộ Quốc phòng sẵn sàng lực lượng, phương tiện để cứu hộ, cứu nạn khi bão đổ bộ.\n\nBộ "
            "Quốc phòng có trách nhiệm bố trí máy bay trực thăng tiếp tế cho các xã bị cô lập."
        ),
        "Ministry of National Defence",
        None,
        None,
        None,
    ),
    (
        "Bộ Ngoại giao sẽ chủ trì tổ chức Hội nghị Ngoại giao lần thứ 33 vào tháng 12/2025.",
        "Ministry of Foreign Affairs",
        None,
        None,
        None,
    ),
    (
        (
            "Phó Thủ tướng Nguyễn Hòa Bình yêu cầu các bộ, cơ quan ngang bộ cắt giảm ít nhất 30% "
            "thủ tục hành chính liên quan đến hoạt động kinh doanh trong năm 2026."
        ),
        "Ministries and agencies",
        None,
        None,
        "Nguyen Hoa Binh",
    ),
    (
        (
            "Văn phòng Chính phủ có trách nhiệm theo dõi, đôn đốc việc thực hiện các nhiệm vụ được "
            "giao."
        ),
        "Government Office",
        None,
        None,
        None,
    ),
    (
        (
            "Chủ tịch UBND TP Đà Nẵng Lương Nguyễn Minh Triết yêu cầu các xã, phường hoàn thành "
            "việc bàn giao trụ sở dôi dư trước ngày 15/12/2025."
        ),
        "Communes and wards",
        ("2025-12-15", "before"),
        None,
        "Luong Nguyen Minh Triet",
    ),
    (
        (
            "Phát biểu kết luận, Phó Thủ tướng Hồ Đức Phớc nhấn mạnh Bộ Tài chính phải kiểm soát "
            "chặt chẽ bội chi ngân sách. Ông cũng yêu cầu Kho bạc Nhà nước giải ngân vốn cho các "
            "dự án trọng điểm trước ngày 31/1/2026."
        ),
        "Ministry of Finance",
        None,
        None,
        "Ho Duc Phoc",
    ),
    (
        (
            "Phát biểu kết luận, Phó Thủ tướng Hồ Đức Phớc nhấn mạnh Bộ Tài chính phải kiểm soát "
            "chặt chẽ bội chi ngân sách. Ông cũng yêu cầu Kho bạc Nhà nước giải ngân vốn cho các "
            "dự án trọng điểm trước ngày 31/1/2026."
        ),
        "State Treasury",
        ("2026-01-31", "before"),
        None,
        "Ho Duc Phoc",
    ),
    (
        (
            "Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Đức Duy cho biết Bộ sẽ trình Chính phủ Nghị "
            "định về quản lý chất thải rắn trong tháng 11/2025. Ông đề nghị các địa phương khẩn "
            "trương phân loại rác tại nguồn."
        ),
        "Ministry of Agriculture and Environment",
        ("2025-11", "in"),
        None,
        "Do Duc Duy",
    ),
    (
        (
            "Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Đức Duy cho biết Bộ sẽ trình Chính phủ Nghị "
            "định về quản lý chất thải rắn trong tháng 11/2025. Ông đề nghị các địa phương khẩn "
            "trương phân loại rác tại nguồn."
        ),
        "Localities",
        None,
        None,
        "Do Duc Duy",
    ),
    (
        (
            "Thủ tướng Chính phủ yêu cầu:\n1. Bộ Công Thương: chỉ đạo bảo đảm nguồn cung xăng dầu, "
            "không để đứt gãy.\n2. Bộ Tài chính: chủ trì kiểm soát giá các mặt hàng thiết yếu."
        ),
        "Ministry of Industry and Trade",
        None,
        None,
        None,
    ),
    (
        (
            "Thủ tướng Chính phủ yêu cầu:\n1. Bộ Công Thương: chỉ đạo bảo đảm nguồn cung xăng dầu, "
            "không để đứt gãy.\n2. Bộ Tài chính: chủ trì kiểm soát giá các mặt hàng thiết yếu."
        ),
        "Ministry of Finance",
        None,
        None,
        None,
    ),
    (
        (
            "Thủ tướng chỉ đạo Bộ Y tế và Bộ Giáo dục và Đào tạo phối hợp triển khai chương trình "
            "sữa học đường."
        ),
        "Ministry of Health",
        None,
        None,
        None,
    ),
    (
        (
            "Thủ tướng Chính phủ giao Ủy ban Chứng khoán Nhà nước hoàn thành các điều kiện nâng "
            "hạng thị trường chứng khoán trong năm 2026."
        ),
        "State Securities Commission",
        ("2026", "in"),
        None,
        None,
    ),
    (
        (
            "Ban Thường vụ Tỉnh ủy Gia Lai kết luận: UBND tỉnh phải chỉ đạo dừng các dự án chậm "
            "tiến độ."
        ),
        "Provincial People's Committee",
        None,
        None,
        None,
    ),
    (
        (
            "Đồng thời, Thủ tướng giao Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với các địa "
            "phương hướng dẫn người dân khôi phục sản xuất sau bão."
        ),
        "Ministry of Agriculture and Environment",
        None,
        None,
        None,
    ),
    (
        (
            "Phó Thủ tướng Bùi Thanh Sơn đề nghị Bộ Ngoại giao phối hợp chặt chẽ với các cơ quan "
            "đại diện Việt Nam ở nước ngoài bảo hộ công dân."
        ),
        "Ministry of Foreign Affairs",
        None,
        None,
        "Bui Thanh Son",
    ),
    (
        (
            "Chủ tịch UBND tỉnh Khánh Hòa Trần Phong giao Sở Du lịch chủ trì xây dựng đề án phát "
            "triển du lịch biển đảo, trình UBND tỉnh trong quý I/2026."
        ),
        "Department of Tourism",
        ("2026-Q1", "in"),
        None,
        "Tran Phong",
    ),
    (
        (
            "Tập đoàn Điện lực Việt Nam được yêu cầu hoàn thành đường dây 500 kV mạch 3 trước ngày "
            "30/8/2026."
        ),
        "Vietnam Electricity",
        ("2026-08-30", "before"),
        None,
        None,
    ),
    (
        (
            "Các ngân hàng thương mại cần tiếp tục tiết giảm chi phí hoạt động để hạ lãi suất cho "
            "vay."
        ),
        "Commercial banks",
        None,
        None,
        None,
    ),
    (
        (
            "Bộ Quốc phòng và Bộ Công an phải bảo đảm tuyệt đối an ninh, an toàn các sự kiện chính "
            "trị quan trọng của đất nước."
        ),
        "Ministry of Public Security",
        None,
        None,
        None,
    ),
    (
        (
            "Tại cuộc họp, Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng yêu cầu Cục Hải quan đẩy mạnh "
            "thông quan điện tử tại các cửa khẩu."
        ),
        "Customs Department",
        None,
        None,
        "Nguyen Van Thang",
    ),
    (
        (
            "UBND TP Hồ Chí Minh được giao chủ trì thực hiện dự án đường Vành đai 4, hoàn thành "
            "trong năm 2027."
        ),
        "Ho Chi Minh City People's Committee",
        ("2027", "in"),
        None,
        None,
    ),
    (
        (
            "Kết luận cuộc họp, Phó Thủ tướng Lê Thành Long giao Bộ Tư pháp tổng hợp ý kiến các "
            "bộ, ngành, hoàn thiện dự thảo Nghị định trong tháng 1/2026."
        ),
        "Ministry of Justice",
        ("2026-01", "in"),
        None,
        "Le Thanh Long",
    ),
    (
        (
            "Đồng chí Nguyễn Văn Nên, Bí thư Thành ủy TP Hồ Chí Minh, đề nghị Công an Thành phố "
            "tăng cường tuần tra, kiểm soát trên các tuyến đường trọng điểm."
        ),
        "City Police",
        None,
        None,
        "Nguyen Van Nen",
    ),
    (
        (
            "Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng cho biết thời gian tới, Ngân hàng Nhà "
            "nước sẽ tiếp tục giữ ổn định mặt bằng lãi suất."
        ),
        "State Bank of Vietnam",
        None,
        None,
        "Nguyen Thi Hong",
    ),
    (
        (
            "Thủ tướng yêu cầu Bộ Tài chính hoàn thành việc sửa đổi Nghị định 123/2020/NĐ-CP về "
            "hóa đơn, chứng từ trong tháng 12/2025."
        ),
        "Ministry of Finance",
        ("2025-12", "in"),
        "123/2020/NĐ-CP",
        None,
    ),
    (
        (
            "Các tỉnh, thành phố cần chủ động phương án ứng phó với triều cường, bảo vệ an toàn "
            "tính mạng người dân."
        ),
        "Provinces and cities",
        None,
        None,
        None,
    ),
    (
        (
            "Thành phố Hải Phòng cam kết bố trí đủ quỹ đất sạch cho nhà đầu tư dự án khu công "
            "nghiệp."
        ),
        "Hai Phong City",
        None,
        None,
        None,
    ),
    (
        (
            "Ngân hàng Chính sách xã hội có trách nhiệm giải ngân kịp thời vốn vay ưu đãi cho học "
            "sinh, sinh viên."
        ),
        "Vietnam Bank for Social Policies",
        None,
        None,
        None,
    ),
    (
        (
            "Cục Hàng không Việt Nam phải chấn chỉnh tình trạng chậm, hủy chuyến bay trong cao "
            "điểm Tết."
        ),
        "Civil Aviation Authority of Vietnam",
        None,
        None,
        None,
    ),
    (
        (
            "Bộ đội Biên phòng tỉnh An Giang sẽ tăng cường tuần tra, ngăn chặn xuất nhập cảnh trái "
            "phép qua biên giới."
        ),
        "An Giang Provincial Border Guard",
        None,
        None,
        None,
    ),
    (
        (
            "Thủ tướng yêu cầu Cục Cảnh sát giao thông xử lý nghiêm xe quá tải trên các tuyến cao "
            "tốc."
        ),
        "Traffic Police",
        None,
        None,
        None,
    ),
    (
        (
            "Sở Xây dựng TP Hà Nội được UBND Thành phố giao rà soát toàn bộ chung cư cũ, báo cáo "
            "trước ngày 30/1/2026."
        ),
        "Hanoi Department of Construction",
        ("2026-01-30", "before"),
        None,
        None,
    ),
    (
        (
            "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà nhấn mạnh, các địa phương phải chi trả đầy đủ "
            "chế độ cho cán bộ nghỉ việc do sắp xếp bộ máy trước ngày 31/12/2025."
        ),
        "Localities",
        ("2025-12-31", "before"),
        None,
        "Pham Thi Thanh Tra",
    ),
    (
        (
            "Ủy ban nhân dân các tỉnh, thành phố chịu trách nhiệm bố trí kinh phí thực hiện chính "
            "sách trợ giúp xã hội."
        ),
        "Provincial People's Committees",
        None,
        None,
        None,
    ),
    (
        (
            "Tại Công điện số 123/CĐ-TTg, Thủ tướng yêu cầu Chủ tịch UBND các tỉnh, thành phố chỉ "
            "đạo lực lượng chức năng kiểm tra, xử lý nghiêm vi phạm."
        ),
        "Provincial People's Committees",
        None,
        "123/CĐ-TTg",
        None,
    ),
    (
        "Ngân hàng Nhà nước yêu cầu các tổ chức tín dụng tiếp tục giảm lãi suất cho vay.",
        "Credit institutions",
        None,
        None,
        None,
    ),
    (
        (
            "Thủ tướng Phạm Minh Chính: Các bộ, ngành phải hoàn thành 100% nhiệm vụ được giao "
            "trong năm 2025"
        ),
        "Ministries and agencies",
        ("2025", "in"),
        None,
        "Pham Minh Chinh",
    ),
    (
        "Theo kế hoạch, Bộ Tài chính sẽ trình Chính phủ dự thảo Nghị định trong tháng 12/2025.",
        "Ministry of Finance",
        ("2025-12", "in"),
        None,
        None,
    ),
    (
        "Bộ Xây dựng cho biết sẽ hoàn thành 3.000 km đường cao tốc trước ngày 31/12/2025.",
        "Ministry of Construction",
        ("2025-12-31", "before"),
        None,
        None,
    ),
    (
        (
            "Tổng Bí thư Tô Lâm yêu cầu các cấp ủy, chính quyền địa phương tập trung giải quyết "
            "dứt điểm các dự án tồn đọng."
        ),
        "Localities",
        None,
        None,
        "To Lam",
    ),
    (
        (
            "Chủ tịch nước Lương Cường đề nghị Bộ Ngoại giao tiếp tục tăng cường công tác bảo hộ "
            "công dân."
        ),
        "Ministry of Foreign Affairs",
        None,
        None,
        "Luong Cuong",
    ),
    (
        (
            "Phó Thủ tướng Thường trực Nguyễn Hòa Bình giao Văn phòng Chính phủ theo dõi, đôn đốc "
            "việc thực hiện."
        ),
        "Government Office",
        None,
        None,
        "Nguyen Hoa Binh",
    ),
    (
        (
            "UBND tỉnh Gia Lai yêu cầu Sở Nông nghiệp và Môi trường phối hợp với các xã kiểm tra "
            "tình trạng khai thác khoáng sản trái phép."
        ),
        "Department of Agriculture and Environment",
        None,
        None,
        None,
    ),
    (
        (
            "Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn yêu cầu các sở giáo dục và đào tạo "
            "không để học sinh thiếu sách giáo khoa khi vào năm học mới."
        ),
        "Departments",
        None,
        None,
        "Nguyen Kim Son",
    ),
    (
        (
            "Phát biểu tại hội nghị, Thủ tướng Phạm Minh Chính nhấn mạnh năm 2026 là năm tăng tốc, "
            "bứt phá. Thủ tướng yêu cầu các bộ, ngành, địa phương phấn đấu tăng trưởng GDP đạt "
            "10%. Đồng thời, Thủ tướng giao Bộ Tài chính hoàn thành phương án phân bổ vốn trước "
            "ngày 31/1/2026."
        ),
        "Ministries, agencies and localities",
        None,
        None,
        "Pham Minh Chinh",
    ),
    (
        (
            "Phát biểu tại hội nghị, Thủ tướng Phạm Minh Chính nhấn mạnh năm 2026 là năm tăng tốc, "
            "bứt phá. Thủ tướng yêu cầu các bộ, ngành, địa phương phấn đấu tăng trưởng GDP đạt "
            "10%. Đồng thời, Thủ tướng giao Bộ Tài chính hoàn thành phương án phân bổ vốn trước "
            "ngày 31/1/2026."
        ),
        "Ministry of Finance",
        ("2026-01-31", "before"),
        None,
        "Pham Minh Chinh",
    ),
    (
        (
            "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên cho biết, trong thời gian tới, Bộ Công "
            "Thương sẽ tập trung hoàn thiện thể chế về năng lượng."
        ),
        "Ministry of Industry and Trade",
        None,
        None,
        "Nguyen Hong Dien",
    ),
    (
        (
            "Kết luận hội nghị, đồng chí Trần Cẩm Tú, Thường trực Ban Bí thư, yêu cầu các tỉnh ủy, "
            "thành ủy tập trung hoàn thành tổng kết công tác năm trong tháng 12/2025."
        ),
        "Provincial Party Committees",
        ("2025-12", "in"),
        None,
        "Tran Cam Tu",
    ),
    (
        (
            "Chính phủ yêu cầu Bộ Nông nghiệp và Môi trường chủ trì xây dựng Đề án phát triển 1 "
            "triệu ha lúa chất lượng cao, hoàn thành trong quý II/2026."
        ),
        "Ministry of Agriculture and Environment",
        ("2026-Q2", "in"),
        None,
        None,
    ),
    (
        (
            "Cục Thuế sẽ triển khai hóa đơn điện tử khởi tạo từ máy tính tiền đối với 100% hộ kinh "
            "doanh từ ngày 1/6/2026."
        ),
        "Tax Department",
        None,
        None,
        None,
    ),
    (
        "Bộ Công an được giao chủ trì xây dựng Luật Bảo vệ dữ liệu cá nhân (sửa đổi).",
        "Ministry of Public Security",
        None,
        None,
        None,
    ),
    (
        "Ngành thuế phải hoàn thành dự toán thu ngân sách được Quốc hội giao.",
        "Tax sector",
        None,
        None,
        None,
    ),
    (
        (
            "Các địa phương phải bố trí đủ quỹ đất để xây dựng nhà ở xã hội theo Nghị định "
            "100/2024/NĐ-CP."
        ),
        "Localities",
        None,
        "100/2024/NĐ-CP",
        None,
    ),
    (
        (
            "Theo Quyết định số 1711/QĐ-TTg, Tập đoàn Điện lực Việt Nam có trách nhiệm đầu tư xây "
            "dựng các dự án nguồn điện được giao."
        ),
        "Vietnam Electricity",
        None,
        "1711/QĐ-TTg",
        None,
    ),
    (
        (
            "Thủ tướng Chính phủ vừa ban hành Chỉ thị số 20/CT-TTg yêu cầu các bộ, ngành tăng "
            "cường quản lý hoạt động kinh doanh vàng."
        ),
        "Ministries and agencies",
        None,
        "20/CT-TTg",
        None,
    ),
    (
        (
            "Văn phòng Chính phủ vừa có Thông báo kết luận của Phó Thủ tướng Hồ Đức Phớc, trong đó "
            "giao Bộ Tài chính nghiên cứu, sửa đổi quy định về thuế thu nhập doanh nghiệp."
        ),
        "Ministry of Finance",
        None,
        None,
        "Ho Duc Phoc",
    ),
    (
        (
            "Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng chỉ đạo Kho bạc Nhà nước và Cục Thuế phối hợp "
            "chặt chẽ trong việc thu, chi ngân sách."
        ),
        "State Treasury",
        None,
        None,
        "Nguyen Van Thang",
    ),
    (
        (
            "Giám đốc Sở Xây dựng Hà Nội Nguyễn Xuân Thắng cho biết Sở sẽ lắp đặt thêm 500 camera "
            "giám sát giao thông trong năm 2026."
        ),
        "Hanoi Department of Construction",
        None,
        None,
        "Nguyen Xuan Thang",
    ),
    (
        (
            "UBND tỉnh Đồng Nai cam kết bàn giao toàn bộ mặt bằng dự án sân bay Long Thành trước "
            "ngày 30/6/2026."
        ),
        "Dong Nai Provincial People's Committee",
        ("2026-06-30", "before"),
        None,
        None,
    ),
    (
        "Thủ tướng yêu cầu các doanh nghiệp nhà nước đẩy nhanh tiến độ các dự án đầu tư lớn.",
        "State-owned enterprises",
        None,
        None,
        None,
    ),
    (
        (
            "Phó Thủ tướng Nguyễn Chí Dũng đề nghị các doanh nghiệp chủ động đổi mới công nghệ, "
            "nâng cao năng lực cạnh tranh."
        ),
        "Businesses",
        None,
        None,
        "Nguyen Chi Dung",
    ),
    (
        ("Ngành ngân hàng cần tiếp tục tháo gỡ khó khăn về tín dụng cho doanh nghiệp nhỏ và vừa."),
        "Banking sector",
        None,
        None,
        None,
    ),
    (
        (
            "Tại Thông báo kết luận, Phó Thủ tướng Trần Hồng Hà giao:\na) Bộ Xây dựng chủ trì, "
            "phối hợp với UBND TP Hà Nội hoàn thiện hồ sơ dự án, báo cáo Thủ tướng trước ngày "
            "15/1/2026.\nb) Bộ Tài chính cân đối, bố trí vốn cho dự án theo quy định."
        ),
        "Ministry of Construction",
        ("2026-01-15", "before"),
        None,
        "Tran Hong Ha",
    ),
    (
        (
            "Tại Thông báo kết luận, Phó Thủ tướng Trần Hồng Hà giao:\na) Bộ Xây dựng chủ trì, "
            "phối hợp với UBND TP Hà Nội hoàn thiện hồ sơ dự án, báo cáo Thủ tướng trước ngày "
            "15/1/2026.\nb) Bộ Tài chính cân đối, bố trí vốn cho dự án theo quy định."
        ),
        "Ministry of Finance",
        None,
        None,
        "Tran Hong Ha",
    ),
    (
        (
            "Bộ Tài chính chủ trì, phối hợp với các bộ, ngành liên quan xây dựng Nghị định hướng "
            "dẫn Luật Thuế giá trị gia tăng, trình Chính phủ trong tháng 2/2026."
        ),
        "Ministry of Finance",
        ("2026-02", "in"),
        None,
        None,
    ),
    (
        "Phó Thủ tướng lưu ý Bộ Y tế không để thiếu thuốc, vật tư y tế tại các bệnh viện.",
        "Ministry of Health",
        None,
        None,
        None,
    ),
    (
        (
            "Bộ trưởng Bộ Xây dựng Trần Hồng Minh yêu cầu các chủ đầu tư, nhà thầu tăng ca, tăng "
            "kíp để hoàn thành dự án trước ngày 31/12/2025. Ông cũng yêu cầu Cục Đường bộ Việt Nam "
            "kiểm tra chất lượng công trình."
        ),
        "Investors",
        ("2025-12-31", "before"),
        None,
        "Tran Hong Minh",
    ),
    (
        (
            "Bộ trưởng Bộ Xây dựng Trần Hồng Minh yêu cầu các chủ đầu tư, nhà thầu tăng ca, tăng "
            "kíp để hoàn thành dự án trước ngày 31/12/2025. Ông cũng yêu cầu Cục Đường bộ Việt Nam "
            "kiểm tra chất lượng công trình."
        ),
        "Vietnam Road Administration",
        None,
        None,
        "Tran Hong Minh",
    ),
    (
        (
            "Thủ tướng chỉ đạo: Bộ Ngoại giao chủ động phối hợp với các nước bảo đảm an toàn cho "
            "công dân Việt Nam tại vùng xung đột."
        ),
        "Ministry of Foreign Affairs",
        None,
        None,
        None,
    ),
    (
        (
            "Thủ tướng Chính phủ yêu cầu Bộ trưởng các bộ, Thủ trưởng các cơ quan ngang bộ, cơ "
            "quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung "
            "ương tập trung chỉ đạo công tác phòng, chống thiên tai."
        ),
        "Ministries, agencies and localities",
        None,
        None,
        None,
    ),
    (
        (
            "Đề nghị Bộ Công an chỉ đạo lực lượng chức năng điều tra, xử lý nghiêm các hành vi "
            "buôn lậu xăng dầu."
        ),
        "Ministry of Public Security",
        None,
        None,
        None,
    ),
    (
        (
            "Giao Bộ Tài chính chủ trì, phối hợp với Ngân hàng Nhà nước Việt Nam theo dõi sát diễn "
            "biến thị trường vàng."
        ),
        "Ministry of Finance",
        None,
        None,
        None,
    ),
    (
        (
            "Chủ tịch UBND tỉnh phải chịu trách nhiệm trước Thủ tướng nếu để xảy ra tình trạng phá "
            "rừng trên địa bàn."
        ),
        "Provincial People's Committee",
        None,
        None,
        None,
    ),
    (
        (
            "Kết luận cuộc họp, Phó Thủ tướng Bùi Thanh Sơn yêu cầu:\n- Bộ Công Thương bảo đảm đủ "
            "nguồn cung xăng dầu cho thị trường trong nước.\n- Bộ Tài chính chủ trì điều hành giá "
            "xăng dầu, báo cáo Thủ tướng trước ngày 5/1/2026."
        ),
        "Ministry of Industry and Trade",
        None,
        None,
        "Bui Thanh Son",
    ),
    (
        (
            "Kết luận cuộc họp, Phó Thủ tướng Bùi Thanh Sơn yêu cầu:\n- Bộ Công Thương bảo đảm đủ "
            "nguồn cung xăng dầu cho thị trường trong nước.\n- Bộ Tài chính chủ trì điều hành giá "
            "xăng dầu, báo cáo Thủ tướng trước ngày 5/1/2026."
        ),
        "Ministry of Finance",
        ("2026-01-05", "before"),
        None,
        "Bui Thanh Son",
    ),
    (
        (
            "Phát biểu chỉ đạo, Phó Thủ tướng Lê Thành Long đề nghị Bộ Tư pháp nâng cao chất lượng "
            "thẩm định văn bản quy phạm pháp luật. Phó Thủ tướng cũng đề nghị các bộ, ngành chấm "
            "dứt tình trạng nợ đọng văn bản quy định chi tiết."
        ),
        "Ministry of Justice",
        None,
        None,
        "Le Thanh Long",
    ),
    (
        (
            "Phát biểu chỉ đạo, Phó Thủ tướng Lê Thành Long đề nghị Bộ Tư pháp nâng cao chất lượng "
            "thẩm định văn bản quy phạm pháp luật. Phó Thủ tướng cũng đề nghị các bộ, ngành chấm "
            "dứt tình trạng nợ đọng văn bản quy định chi tiết."
        ),
        "Ministries and agencies",
        None,
        None,
        "Le Thanh Long",
    ),
    (
        (
            "Trao đổi với phóng viên, Giám đốc Sở Du lịch Quảng Ninh Nguyễn Thị Hạnh cho biết: "
            "Chúng tôi sẽ tổ chức chuỗi sự kiện du lịch mùa đông từ tháng 12/2025."
        ),
        "Quang Ninh Department of Tourism",
        None,
        None,
        "Nguyen Thi Hanh",
    ),
    (
        (
            "Bộ Xây dựng vừa có văn bản gửi UBND các tỉnh, thành phố. Theo đó, Bộ này đề nghị các "
            "địa phương rà soát, công bố giá vật liệu xây dựng trước ngày 15/12/2025."
        ),
        "Localities",
        ("2025-12-15", "before"),
        None,
        None,
    ),
    (
        (
            "Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng yêu cầu các ngân hàng thương mại giảm "
            "chi phí, hạ lãi suất cho vay. Bà cũng đề nghị Bảo hiểm tiền gửi Việt Nam tăng cường "
            "giám sát."
        ),
        "Commercial banks",
        None,
        None,
        "Nguyen Thi Hong",
    ),
    (
        (
            "Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng yêu cầu các ngân hàng thương mại giảm "
            "chi phí, hạ lãi suất cho vay. Bà cũng đề nghị Bảo hiểm tiền gửi Việt Nam tăng cường "
            "giám sát."
        ),
        "Deposit Insurance of Vietnam",
        None,
        None,
        "Nguyen Thi Hong",
    ),
    (
        "Ngành hải quan phải rút ngắn thời gian thông quan hàng hóa xuống dưới 24 giờ.",
        "Customs sector",
        None,
        None,
        None,
    ),
    (
        (
            "Sở Tài chính tỉnh Bắc Ninh được giao tham mưu UBND tỉnh phân bổ nguồn vốn ngân sách "
            "tỉnh năm 2026."
        ),
        "Bac Ninh Department of Finance",
        None,
        None,
        None,
    ),
    (
        (
            "Chủ tịch UBND tỉnh Bình Dương yêu cầu các sở, ban, ngành, địa phương rà soát các dự "
            "án chậm tiến độ, báo cáo trước ngày 20/12/2025."
        ),
        "Departments, agencies and localities",
        ("2025-12-20", "before"),
        None,
        None,
    ),
    (
        (
            "Thuế thành phố Hà Nội phải hoàn thành việc rà soát, thu hồi nợ thuế đọng trong quý "
            "I/2026."
        ),
        "Hanoi City Tax Office",
        ("2026-Q1", "in"),
        None,
        None,
    ),
    (
        "BHXH TP.HCM có trách nhiệm đôn đốc các doanh nghiệp nợ đóng bảo hiểm xã hội.",
        "Ho Chi Minh City Social Security",
        None,
        None,
        None,
    ),
    (
        (
            "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh được giao hướng dẫn nhà đầu tư hoàn "
            "thiện thủ tục môi trường."
        ),
        "Bac Ninh Industrial and Economic Zones Management Board",
        None,
        None,
        None,
    ),
    (
        (
            "UBND tỉnh yêu cầu UBND các xã, phường hoàn thành việc cấp giấy chứng nhận quyền sử "
            "dụng đất trước ngày 31/3/2026."
        ),
        "Communes and wards",
        ("2026-03-31", "before"),
        None,
        None,
    ),
    (
        (
            "UBND TP Hải Phòng vừa ban hành kế hoạch phát triển cảng biển. Thành phố sẽ hoàn thành "
            "di dời các cảng trên sông Cấm trước năm 2030."
        ),
        "Hai Phong City People's Committee",
        ("2030", "before"),
        None,
        None,
    ),
    (
        (
            "UBND tỉnh Quảng Ninh vừa ban hành kế hoạch phát triển du lịch. Tỉnh này sẽ đầu tư 3 "
            "tuyến đường kết nối các khu du lịch trọng điểm."
        ),
        "Quang Ninh Provincial People's Committee",
        None,
        None,
        None,
    ),
    (
        (
            "Phát biểu kết luận, Phó Chủ tịch UBND thành phố Dương Đức Tuấn yêu cầu các xã, phường "
            "chịu trách nhiệm toàn diện về tình trạng lấn chiếm vỉa hè. Ông cũng giao Sở Xây dựng "
            "chủ trì xây dựng bộ tiêu chí tuyến phố văn minh, trình UBND thành phố trước ngày "
            "31/1/2026."
        ),
        "Communes and wards",
        None,
        None,
        "Duong Duc Tuan",
    ),
    (
        (
            "Phát biểu kết luận, Phó Chủ tịch UBND thành phố Dương Đức Tuấn yêu cầu các xã, phường "
            "chịu trách nhiệm toàn diện về tình trạng lấn chiếm vỉa hè. Ông cũng giao Sở Xây dựng "
            "chủ trì xây dựng bộ tiêu chí tuyến phố văn minh, trình UBND thành phố trước ngày "
            "31/1/2026."
        ),
        "Department of Construction",
        ("2026-01-31", "before"),
        None,
        "Duong Duc Tuan",
    ),
    # ---- patterns of real articles on other topics (round 2) ----
    # a dispatch that names its addressees directs them; the disaster command is a body
    (
        (
            "UBND tỉnh Quảng Bình vừa ban hành công điện yêu cầu Ban Chỉ huy phòng, chống thiên "
            "tai và tìm kiếm cứu nạn các huyện ven biển theo dõi chặt chẽ diễn biến của áp thấp "
            "nhiệt đới."
        ),
        "Natural Disaster Prevention Command",
        None,
        None,
        None,
    ),
    # an assignment made before, its task not yet done
    (
        "UBND tỉnh đã giao cho Sở Xây dựng rà soát toàn bộ các chung cư cũ trên địa bàn.",
        "Department of Construction",
        None,
        None,
        None,
    ),
    # a comma between the directing verb and its addressee
    (
        (
            "Sở Giáo dục và Đào tạo yêu cầu, các trường học tuyệt đối không thu các khoản ngoài "
            "quy định."
        ),
        "Schools",
        None,
        None,
        None,
    ),
    (
        ("Thành ủy yêu cầu, đối với các dự án chậm tiến độ, thành phố cần kiên quyết thu hồi đất."),
        "Unspecified",
        None,
        None,
        None,
    ),
    # plural bodies written in the short forms of the news
    (
        "Bộ Công an yêu cầu công an các tỉnh thành tăng cường tuần tra kiểm soát dịp Tết.",
        "Police",
        None,
        None,
        None,
    ),
    (
        (
            "UBND tỉnh Thanh Hóa yêu cầu UBND các huyện, thị xã hoàn thành việc kiểm kê đất đai "
            "trước ngày 15/9/2026."
        ),
        "Districts",
        ("2026-09-15", "before"),
        None,
        None,
    ),
    (
        "Tỉnh cũng giao các ngành địa phương rà soát lại các bến thủy nội địa.",
        "Relevant agencies",
        None,
        None,
        None,
    ),
    (
        (
            "Bộ Công Thương yêu cầu các thương nhân đầu mối kinh doanh xăng dầu bảo đảm đủ nguồn "
            "cung cho thị trường."
        ),
        "Businesses",
        None,
        None,
        None,
    ),
    # the office before the body assigned: "phân công cho Bộ trưởng Bộ …"
    (
        (
            "Phó Thủ tướng Lê Minh An giao nhiệm vụ và phân công cho Bộ trưởng Bộ Tư pháp chuẩn bị "
            "tờ trình về dự án luật, trình Chính phủ trong tháng 10/2026."
        ),
        "Ministry of Justice",
        ("2026-10", "in"),
        None,
        "Le Minh An",
    ),
    # a dispatch carrying out another leader's direction: its signer directs, unnamed here
    (
        (
            "Thủ tướng Chính phủ vừa ký công điện thực hiện chỉ đạo của Tổng Bí thư Trần Văn Bình "
            "về phòng cháy, chữa cháy.\n\nCông điện yêu cầu Bộ Công an tổ chức tổng kiểm tra an "
            "toàn phòng cháy tại các khu nhà trọ, hoàn thành trước ngày 30/11/2026."
        ),
        "Ministry of Public Security",
        ("2026-11-30", "before"),
        None,
        None,
    ),
    # the next task of a directive, its body opening the sentence right after it
    (
        (
            "Phó Thủ tướng Lê Minh An chỉ đạo chú trọng phát triển văn hóa, xã hội. Các bộ, ngành, "
            "địa phương thực hiện tốt công tác chăm lo người có công."
        ),
        "Ministries, agencies and localities",
        None,
        None,
        "Le Minh An",
    ),
    (
        "UBND tỉnh yêu cầu rà soát các khoản chi thường xuyên. Sở Tài chính tăng cường kiểm tra "
        "các đơn vị dự toán.",
        "Department of Finance",
        None,
        None,
        None,
    ),
]

# Past achievements, statistics, forecasts, advice and requests to the authorities by
# others, requirements on things, titles of documents: no commitment.
NEGATIVE = [
    "Năm 2024, Bộ Tài chính đã hoàn thành vượt dự toán thu ngân sách nhà nước.",
    "Kim ngạch xuất khẩu thủy sản 10 tháng đạt 8,2 tỷ USD, tăng 12% so với cùng kỳ.",
    "Các chuyên gia dự báo tăng trưởng GDP năm 2026 có thể đạt 8%.",
    "Cử tri tỉnh Bến Tre kiến nghị Bộ Xây dựng sớm nâng cấp quốc lộ 60.",
    "Hiệp hội Doanh nghiệp đề nghị Chính phủ gia hạn thời hạn nộp thuế.",
    (
        "Nghị định quy định chi tiết một số điều của Luật Đất đai về bồi thường, hỗ trợ, tái định "
        "cư."
    ),
    "Trụ sở mới phải bảo đảm diện tích tối thiểu 50 m2 cho mỗi cán bộ.",
    "Giá xăng RON 95 giảm 300 đồng mỗi lít từ 15 giờ chiều nay.",
    "UBND tỉnh Lâm Đồng đã hoàn thành việc sắp xếp đơn vị hành chính cấp xã.",
    "Theo Cục Thống kê, chỉ số giá tiêu dùng tháng 10 tăng 0,2%.",
    "Người dân cần lưu ý mang theo căn cước khi làm thủ tục.",
    "Nhiều doanh nghiệp cho biết họ phải chịu chi phí logistics cao.",
    "Theo kế hoạch ban đầu, dự án được giao cho một nhà đầu tư tư nhân từ năm 2018.",
    "Ông Nguyễn Văn An được giao nhiệm vụ Giám đốc Sở Tài chính từ tháng 8/2025.",
    "Bộ Công an vừa triệt phá đường dây đánh bạc trực tuyến quy mô hàng nghìn tỷ đồng.",
    "Quyết định về việc giao nhiệm vụ cho Bộ Tài chính.",
    "Lượng khách quốc tế đến Việt Nam trong 9 tháng đạt 15,4 triệu lượt.",
    "Đại biểu Quốc hội đề xuất cần nghiên cứu kỹ tác động của chính sách thuế.",
    "Ngân hàng Nhà nước cho biết tín dụng toàn hệ thống tăng 14% so với cuối năm trước.",
    "Tỉnh Lào Cai có diện tích tự nhiên hơn 13.000 km2.",
    "Theo báo cáo, Sở Y tế được giao 1.200 chỉ tiêu biên chế trong năm 2024.",
    "Tại tỉnh Quảng Ninh, nhiều công trình phải tạm dừng thi công do mưa lớn.",
    "Các phương tiện phải dừng lại khi có tín hiệu.",
    "Các phương án sẽ được trình Thủ tướng xem xét.",
    "Tại Thành phố Hồ Chí Minh, nhiều tuyến đường sẽ bị ngập khi triều cường lên cao.",
    "Bộ Xây dựng đã giao cho nhà thầu 20 km mặt bằng sạch.",
    "Ông Trần Văn Bình, Phó Giám đốc Sở Tài chính, cho biết năm 2026 sẽ là năm bản lề.",
    "Theo dự báo, giá điện sẽ tăng trong năm tới.",
    "Cử tri đề nghị UBND tỉnh sớm có phương án hỗ trợ người dân bị ảnh hưởng.",
    "Người dân được giao đất, giao rừng để phát triển sản xuất.",
    "Các dự án được giao vốn năm 2025 đã giải ngân 60%.",
    "Tàu cá phải có thiết bị giám sát hành trình.",
    "Kỳ họp thứ 10 của Quốc hội sẽ khai mạc vào ngày 20/10/2025.",
    "Tỉnh Quảng Ngãi là địa phương đầu tiên hoàn thành xóa nhà tạm, nhà dột nát.",
    "Chỉ thị số 05/CT-TTg về tăng cường công tác phòng, chống thiên tai.",
    "Bão số 13 sẽ đổ bộ vào các tỉnh Nam Trung Bộ trong đêm nay.",
    "Ủy ban Chứng khoán Nhà nước cho biết thị trường đã có 10 triệu tài khoản.",
    "Bộ Công an đề nghị người dân không chuyển tiền cho các đối tượng lạ.",
    (
        "Ông Nguyễn Văn Hùng, Chủ tịch Hiệp hội Thép Việt Nam, cho biết các doanh nghiệp cần thêm "
        "thời gian để chuyển đổi."
    ),
    "Năm 2025, ngành điện đã đưa vào vận hành 12 dự án nguồn điện.",
    "Theo kế hoạch, đường dây 500 kV sẽ được đóng điện vào tháng 8/2026.",
    "Dự kiến, giá vàng sẽ tiếp tục tăng trong thời gian tới.",
    "Hội nghị đã thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2026.",
    "Người lao động phải đóng bảo hiểm xã hội bắt buộc theo quy định.",
    "Theo các chuyên gia, Ngân hàng Nhà nước cần thận trọng khi giảm lãi suất.",
    "Nhiều cử tri đề nghị Bộ Y tế sớm giải quyết tình trạng thiếu thuốc.",
    "Bộ Y tế đã chủ trì, phối hợp với các địa phương tổ chức thành công chiến dịch tiêm chủng.",
    "Sáng 5/11, Bộ trưởng Bộ Tài chính chủ trì hội nghị tổng kết năm 2025.",
    (
        "Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) đề nghị Bộ Tài chính giảm thuế thu "
        "nhập doanh nghiệp."
    ),
    (
        "Kết quả cụ thể như sau:\n- Bộ Tài chính đã hoàn thành sắp xếp bộ máy.\n- Bộ Công Thương "
        "đã cắt giảm 30% thủ tục."
    ),
    "Dự án được giao cho Ban Quản lý dự án 85 làm chủ đầu tư.",
    "Theo quy định, doanh nghiệp phải công khai báo cáo tài chính hằng năm.",
    "Ông Nguyễn Văn Ân cho biết gia đình ông sẽ chuyển đến Hà Nội sinh sống.",
    "Thành phố Hồ Chí Minh sẽ có mưa lớn trong những ngày tới.",
    "Tỉnh Quảng Ngãi sẽ chịu ảnh hưởng trực tiếp của bão số 13.",
    "Các đơn vị chậm giải ngân vốn đầu tư công sẽ bị xem xét trách nhiệm.",
    "UBND tỉnh Lạng Sơn sẽ được Trung ương hỗ trợ 200 tỷ đồng để khắc phục hậu quả bão.",
    "Chính phủ đánh giá cao cam kết của các nhà đầu tư nước ngoài.",
    "Bộ trưởng Bộ Xây dựng Trần Hồng Minh cho biết dự án đã đáp ứng yêu cầu kỹ thuật.",
    "Thủ tướng Phạm Minh Chính cho biết các yêu cầu của đối tác đã được đáp ứng đầy đủ.",
    "Thực hiện chỉ đạo của Thủ tướng, các lực lượng đã có mặt tại hiện trường.",
    (
        "Phó Thủ tướng Trần Hồng Hà đánh giá cao nỗ lực của Bộ Nông nghiệp và Môi trường trong "
        "thời gian qua."
    ),
    (
        "Theo Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng, thu ngân sách năm 2025 ước đạt 2,5 triệu tỷ "
        "đồng."
    ),
    "Việt Nam cam kết đạt phát thải ròng bằng 0 vào năm 2050 tại COP26.",
    "Bộ Công Thương cho biết giá điện bình quân đã được điều chỉnh tăng 4,8% từ ngày 10/5.",
    "Thủ tướng Phạm Minh Chính đã chủ trì cuộc họp với các bộ, ngành về tình hình kinh tế.",
    "Phó Thủ tướng Hồ Đức Phớc tiếp Đại sứ Nhật Bản tại Việt Nam.",
    "Chủ tịch UBND tỉnh Nghệ An cho biết tỉnh đã hoàn thành 95% kế hoạch giải ngân.",
    "Các địa phương đã cơ bản hoàn thành việc sắp xếp đơn vị hành chính cấp xã.",
    "Ông Nguyễn Văn Ân, chủ một cửa hàng tạp hóa, cho biết sẽ đóng cửa trong dịp Tết.",
    "Bà Lê Thị Hoa cho biết sẽ tiếp tục theo dõi tình hình sức khỏe của con.",
    "Hội nghị do Bộ Tài chính chủ trì, phối hợp với VCCI tổ chức vào sáng 5/12.",
    (
        "Sáng 5/12, Bộ Tài chính chủ trì, phối hợp với Ngân hàng Thế giới tổ chức hội thảo về "
        "chính sách thuế."
    ),
    "Ông Trần Văn Nam được phân công làm Phó Chủ tịch UBND tỉnh.",
    # a meeting to come, a direction referred to, what a dispatch is about
    "Hội đồng nhân dân tỉnh sẽ họp phiên bất thường vào ngày 20/12.",
    "Bộ Tài chính có chỉ đạo như trên trong bối cảnh giá vàng biến động mạnh.",
    "Thủ tướng Chính phủ mới ký công điện chỉ đạo đẩy nhanh tiêm chủng vaccine phòng bệnh sởi.",
    "UBND huyện đã giao cho nhà thầu 15 km mặt bằng sạch để thi công.",
    # after a directive: a past task, a ministry's name, the public advised
    "Thủ tướng đã giao 20 nhiệm vụ cho các bộ, ngành. Các bộ, ngành đã hoàn thành 12 nhiệm vụ.",
    "Thủ tướng đã giao 20 nhiệm vụ cho các bộ, ngành. Người dân chủ động phòng tránh bão.",
    (
        "Thủ tướng đã giao 20 nhiệm vụ cho các bộ, ngành. Bộ Xây dựng cho biết đã triển khai nhiều "
        "giải pháp."
    ),
]


@pytest.mark.parametrize(("text", "actor", "deadline", "decree", "director"), POSITIVE)
def test_commitment_on_any_topic(text, actor, deadline, decree, director):
    found = [o for o in obligations(text) if o.actor == actor]
    assert found, [(o.actor, o.action) for o in obligations(text)]
    o = found[0]
    assert ((o.deadline.value, o.deadline.relation) if o.deadline else None) == deadline
    assert o.decree == decree
    assert o.directed_by == director


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_commitment(text):
    assert obligations(text) == []
