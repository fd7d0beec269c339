"""What each metric of the public pages means: the glossary page and the
links from every table header (``glossary_anchor``)."""

from dataclasses import dataclass

from facts.models import Metric


@dataclass(frozen=True)
class Term:
    anchor: str
    name: str
    unit: str
    meaning: str


TERMS = [
    Term(
        "doanh-thu",
        Metric.REVENUE.label,
        "đồng (tiền Việt Nam)",
        "Tổng doanh thu của bưu điện tỉnh, thành phố trong năm, như bài viết "
        "công bố (thường tại hội nghị tổng kết). Gồm doanh thu bưu chính, tài "
        "chính bưu chính, phân phối hàng hóa và các dịch vụ khác.",
    ),
    Term(
        "ke-hoach-doanh-thu",
        Metric.REVENUE_TARGET.label,
        "đồng",
        "Mức doanh thu Tổng công ty giao cho bưu điện tỉnh, thành phố trong "
        "năm, công bố ở hội nghị triển khai kế hoạch hoặc tổng kết.",
    ),
    Term(
        "ty-le-dat",
        "Tỷ lệ hoàn thành kế hoạch (Đạt)",
        "%",
        "Doanh thu chia cho kế hoạch doanh thu của cùng năm, tính trên trang "
        "khi có cả hai con số. Khi thiếu một trong hai, trang dùng mức hoàn "
        "thành do bài viết công bố.",
    ),
    Term(
        "muc-hoan-thanh",
        Metric.PLAN_COMPLETION_PERCENT.label,
        "%",
        "Mức hoàn thành kế hoạch doanh thu đúng như bài viết ghi "
        "(ví dụ “đạt 104,4% kế hoạch”).",
    ),
    Term(
        "tang-truong",
        Metric.GROWTH_PERCENT.label,
        "%",
        "Mức tăng doanh thu so với năm trước, như bài viết công bố.",
    ),
    Term(
        "nop-ngan-sach",
        Metric.BUDGET_CONTRIBUTION.label,
        "đồng",
        "Số tiền bưu điện tỉnh, thành phố nộp vào ngân sách nhà nước trong năm.",
    ),
    Term(
        "thu-nhap-binh-quan",
        Metric.AVG_INCOME_MONTHLY.label,
        "đồng/người/tháng",
        "Thu nhập bình quân mỗi tháng của một người lao động của bưu điện tỉnh, "
        "thành phố trong năm.",
    ),
    Term(
        "ke-hoach-thu-nhap",
        Metric.AVG_INCOME_TARGET.label,
        "đồng/người/tháng",
        "Mức thu nhập bình quân đặt ra cho năm.",
    ),
    Term(
        "chi-tieu-khac",
        Metric.OTHER.label,
        "theo từng chỉ tiêu",
        "Các con số khác bài viết nêu (sản lượng, số khách hàng, doanh thu một "
        "dịch vụ...), ghi kèm nhãn như trong bài.",
    ),
    Term(
        "tu-chi-muc",
        "Từ chỉ mức (hơn, gần, khoảng...)",
        "",
        "Từ bài viết đặt trước con số: “hơn 318 tỷ đồng” nghĩa là con số thật "
        "lớn hơn 318 tỷ. Trang và tệp tải về giữ nguyên từ này; tệp CSV ghi nó ở "
        "một cột riêng.",
    ),
    Term(
        "so-lieu-tinh-gop",
        "Số liệu tính gộp (tỉnh sau sáp nhập)",
        "",
        "Với năm trước 01/07/2025, số liệu của một tỉnh, thành phố mới được tính "
        "bằng tổng số liệu các tỉnh cũ hợp thành, chỉ khi tất cả các tỉnh cũ đều "
        "có số liệu năm đó; con số tính gộp luôn được đánh dấu.",
    ),
    Term(
        "su-kien",
        "Sự kiện",
        "",
        "Hội nghị, lễ kỷ niệm, lễ trao khen thưởng, chuyến thăm mà bài viết "
        "thuật lại, với ngày và người dự.",
    ),
    Term(
        "khen-thuong",
        "Khen thưởng",
        "",
        "Huân chương, cờ thi đua, bằng khen... trao cho bưu điện tỉnh, thành phố "
        "hoặc người lao động, với cấp trao và năm.",
    ),
]

METRIC_ANCHORS = {
    Metric.REVENUE: "doanh-thu",
    Metric.REVENUE_TARGET: "ke-hoach-doanh-thu",
    Metric.PLAN_COMPLETION_PERCENT: "muc-hoan-thanh",
    Metric.GROWTH_PERCENT: "tang-truong",
    Metric.BUDGET_CONTRIBUTION: "nop-ngan-sach",
    Metric.AVG_INCOME_MONTHLY: "thu-nhap-binh-quan",
    Metric.AVG_INCOME_TARGET: "ke-hoach-thu-nhap",
    Metric.OTHER: "chi-tieu-khac",
}


def glossary_anchor(metric: str) -> str:
    return METRIC_ANCHORS.get(metric, "chi-tieu-khac")
