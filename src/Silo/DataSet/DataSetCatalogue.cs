using OnePlusX.CertificateProjects;
using OnePlusX.ReadModels;
using OnePlusX.Silo.ReferenceData;

namespace OnePlusX.Silo.DataSet;

/// <summary>
/// The data set's certificate catalogue (证书目录): the embedded sample certificates followed by generated ones up
/// to the planned count, and the evaluation organisations that award them. Generated certificates are coded
/// <c>DS-001</c>, <c>DS-002</c>, …, are visibly samples, and are loaded into the certificates table; the silo's
/// reference catalogue takes them from that table at start-up (ReferenceDataLoader), so GraphQL resolves them.
/// </summary>
internal sealed class DataSetCatalogue
{
    public const string GeneratedPrefix = "DS-";

    private static readonly string[] Fields =
    [
        "智能制造单元集成应用", "工业互联网运维", "大数据分析与应用", "云计算平台运维", "人工智能训练", "网络安全评估",
        "移动应用开发", "数字媒体交互设计", "跨境电子商务", "新媒体运营", "智慧物流管理", "供应链数据分析",
        "财务数字化应用", "业财一体化", "老年照护", "母婴护理", "康复辅助技术", "药品购销",
        "建筑信息模型", "装配式建筑施工", "无人机驾驶", "新能源汽车检测", "轨道交通信号", "智能网联汽车测试",
        "工业机器人操作与运维", "数控车铣加工", "增材制造设计", "电梯维修保养", "光伏电站运维", "化工危险与可操作性分析",
        "餐饮管理运行", "酒店运营管理", "研学旅行策划", "茶艺与茶营销", "服装陈列设计", "数字孪生应用",
    ];

    public DataSetCatalogue(int seed, int certificateCount, ReferenceCatalog reference)
    {
        var embeddedOrganizations = reference.Organizations.Values.OrderBy(o => o.Code, StringComparer.Ordinal).ToList();
        var embedded = reference.Certificates.Values.OrderBy(c => c.Code, StringComparer.Ordinal).Take(certificateCount).ToList();
        var generatedCount = certificateCount - embedded.Count;
        GeneratedOrganizations = Enumerable.Range(1, Math.Max(1, generatedCount / 12))
            .Select(n => new EvaluationOrganizationRecord($"{GeneratedPrefix}ORG-{n:D2}", $"示例职业教育评价组织 {n:D2}（示例）"))
            .ToList();
        var certificates = new List<CertificateRecord>(embedded);
        for (var n = 1; n <= generatedCount; n++)
        {
            var random = new DataSetRandom(seed, DataSetRandom.Stream.Catalogue, n);
            var levels = random.Unit() switch
            {
                < 0.7 => new[] { CertificateLevel.Elementary, CertificateLevel.Intermediate, CertificateLevel.Advanced },
                < 0.9 => [CertificateLevel.Elementary, CertificateLevel.Intermediate],
                _ => [CertificateLevel.Intermediate, CertificateLevel.Advanced],
            };
            certificates.Add(new CertificateRecord(
                $"{GeneratedPrefix}{n:D3}", $"{Fields[(n - 1) % Fields.Length]}（示例 {n:D3}）",
                GeneratedOrganizations[random.Next(GeneratedOrganizations.Count)].Code, levels));
        }

        Certificates = certificates;
        Generated = certificates.Skip(embedded.Count).ToList();
        BaseFees = certificates.Select((c, i) => 180m + 10m * new DataSetRandom(seed, DataSetRandom.Stream.Catalogue, i, 1).Next(40)).ToArray();
    }

    /// <summary>Every certificate of the data set, embedded ones first; a college's certificates are indexes into this list.</summary>
    public IReadOnlyList<CertificateRecord> Certificates { get; }

    /// <summary>The certificates the data set adds to the certificates table (the embedded ones are there already).</summary>
    public IReadOnlyList<CertificateRecord> Generated { get; }

    public IReadOnlyList<EvaluationOrganizationRecord> GeneratedOrganizations { get; }

    /// <summary>A made-up typical agreed exam fee per candidate for each certificate (yuan), by index.</summary>
    public IReadOnlyList<decimal> BaseFees { get; }
}
