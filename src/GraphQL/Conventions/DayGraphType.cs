using GraphQL.Types;

namespace OnePlusX.GraphQL.Conventions;

/// <summary>Days (日期) as <c>Date</c>, the name clients know from other GraphQL servers, written yyyy-MM-dd.</summary>
public sealed class DayGraphType : DateOnlyGraphType
{
    public DayGraphType()
    {
        Name = "Date";
        Description = "A calendar day, yyyy-MM-dd (ISO 8601), in China's calendar (日期).";
    }
}
