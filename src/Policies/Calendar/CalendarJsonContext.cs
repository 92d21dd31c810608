using System.Text.Json.Serialization;

namespace OnePlusX.Policies.Calendar;

/// <summary>Source-generated (reflection-free) JSON metadata for <see cref="CalendarFile"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CalendarFile))]
internal sealed partial class CalendarJsonContext : JsonSerializerContext;
