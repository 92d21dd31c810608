using OnePlusX.ReadModels;

namespace OnePlusX.Silo.DataSet;

/// <summary>
/// One college of the data set (kept in memory: 10,000 at national scale). Index is its place in the data set, the
/// coordinate its own draws start from; Code its tenant code: D, the 2-digit province code and a 4-digit serial
/// within the province (D420017).
/// </summary>
internal sealed record DataSetCollege(int Index, string Code, string Name, CityRecord City, int Students, int Stations);

/// <summary>
/// Places the colleges: the first in each province's leading unit (its municipality or capital), then one in every
/// other prefecture-level unit, so that with enough colleges every unit has one; the rest by weight, six times as
/// many in municipalities and capitals (codes ending 0100) as in other prefectures. Directly-administered
/// county-level units get none: they are not prefecture-level.
/// </summary>
internal static class DataSetColleges
{
    private static readonly string[] Kinds =
    [
        "职业技术学院", "职业学院", "工业职业技术学院", "信息职业技术学院", "交通职业技术学院", "商贸职业学院",
        "建筑职业技术学院", "医学高等专科学校", "机电职业技术学院", "财经职业学院",
    ];

    /// <summary>The units colleges are placed in: prefecture-level units and the four municipalities.</summary>
    public static IReadOnlyList<CityRecord> Units(IReferenceQueries reference) => reference.Provinces()
        .SelectMany(p => reference.CitiesOf(p.Code))
        .Where(c => c.Kind is "prefecture" or "municipality")
        .OrderBy(c => c.Code, StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyList<DataSetCollege> Place(DataSetPlan plan, IReadOnlyList<CityRecord> units)
    {
        var leading = units.GroupBy(u => u.ProvinceCode).Select(g => g.First()).ToList();
        var order = leading.Concat(units.Except(leading)).ToList();
        var weights = units.Select(u => u.Kind == "municipality" || u.Code.EndsWith("0100", StringComparison.Ordinal) ? 6.0 : 1.0).ToArray();
        var cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            cumulative[i] = sum += weights[i];
        }

        var perProvince = new Dictionary<string, int>(StringComparer.Ordinal);
        var perUnit = new Dictionary<string, int>(StringComparer.Ordinal);
        var colleges = new List<DataSetCollege>(plan.Colleges);
        for (var i = 0; i < plan.Colleges; i++)
        {
            var random = new DataSetRandom(plan.Seed, DataSetRandom.Stream.College, i);
            CityRecord unit;
            if (i < order.Count)
            {
                unit = order[i];
            }
            else
            {
                var at = Array.BinarySearch(cumulative, random.Unit() * sum);
                unit = units[Math.Min(at < 0 ? ~at : at, units.Count - 1)];
            }

            var serial = perProvince[unit.ProvinceCode] = perProvince.GetValueOrDefault(unit.ProvinceCode) + 1;
            var inUnit = perUnit[unit.Code] = perUnit.GetValueOrDefault(unit.Code) + 1;
            colleges.Add(new DataSetCollege(
                i, $"D{unit.ProvinceCode}{serial:D4}", $"{unit.Name}{Kinds[random.Next(Kinds.Length)]}（示例 {inUnit}）", unit,
                DataSetRandom.Share(plan.Seed, DataSetRandom.Stream.Student, plan.Students, plan.Colleges, i, 0.7),
                DataSetRandom.Share(plan.Seed, DataSetRandom.Stream.Station, plan.Stations, plan.Colleges, i, 0.6)));
        }

        return colleges;
    }
}
